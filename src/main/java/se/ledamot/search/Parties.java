package se.ledamot.search;

import java.util.Map;

/** The parties of Swedish councils by their usual codes, so that "vänster" finds V and "miljö" MP. */
public final class Parties {
    public static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("S", "Socialdemokraterna"),
            Map.entry("M", "Moderaterna"),
            Map.entry("SD", "Sverigedemokraterna"),
            Map.entry("C", "Centerpartiet"),
            Map.entry("V", "Vänsterpartiet"),
            Map.entry("KD", "Kristdemokraterna"),
            Map.entry("L", "Liberalerna"),
            Map.entry("MP", "Miljöpartiet de gröna"));

    private Parties() {
    }
}

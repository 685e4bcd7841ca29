package se.ledamot.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** Text files as councillors hand them in: motions with a heading, body, att-satser, place, date and signature. */
final class TextDocuments {
    private static final String[] SUBJECTS = {"en integrationsplan", "fler cykelvägar", "en ny simhall",
        "bättre skolskjuts", "en klimatplan", "gratis sommarjobb", "fler lekplatser", "ett ungdomsråd"};
    private static final String[] NAMES = {"Jan Alexandersson (V)", "Emma Ramhult (V)", "Åsa Åkesson (S)",
        "Lars Öberg (M)", "Zeynep Şahin (MP)", "Karin Lindqvist (C)"};

    private TextDocuments() {
    }

    static Path write(Path folder, int count) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[i % SUBJECTS.length];
            String text = "Motion om " + subject + " nummer " + (i + 1) + "\n\n"
                    + "Kommunen behöver " + subject + ". Frågan har diskuterats länge i fullmäktige och många "
                    + "invånare har hört av sig. Andra kommuner har redan gått före.\n\n"
                    + "Jag föreslår därför kommunfullmäktige\n\n"
                    + "att kommunstyrelsen får i uppdrag att ta fram " + subject + "\n\n"
                    + "att arbetet redovisas inom ett år\n\n"
                    + "Bergsjö den " + (1 + i % 28) + " mars 2026\n\n" + NAMES[i % NAMES.length] + "\n";
            Files.writeString(folder.resolve(String.format("motion-%04d.txt", i)), text);
        }
        return folder;
    }
}

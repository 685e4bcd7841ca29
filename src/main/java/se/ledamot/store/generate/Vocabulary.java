package se.ledamot.store.generate;

import java.util.List;
import java.util.Random;

/**
 * The words generated councils are made of: people and parties, places, bodies and the subjects matters are about.
 * Each subject comes as the compound a register would use ("integrationsplan") and as the words of a phrase
 * ("plan för integration"), so generated text has the word forms and compounds that Swedish search must handle.
 */
final class Vocabulary {
    /** A subject: its compound noun (indefinite, singular), the phrase it is made of, and the area it belongs to. */
    record Subject(String compound, String phrase, String area) {
        /** "integrationsplanen": the definite form, as running text uses it. */
        String definite() {
            if (compound.endsWith("e")) {
                return compound + "n";
            }
            return compound.endsWith("a") ? compound.substring(0, compound.length() - 1) + "an" : compound + "en";
        }
    }

    static final List<String> PARTIES = List.of("S", "M", "SD", "C", "V", "KD", "L", "MP");
    /** How many of every hundred councillors each party has, roughly as in Swedish councils after 2022. */
    static final int[] PARTY_WEIGHTS = {31, 19, 17, 8, 8, 6, 5, 6};

    static final List<String> FIRST_NAMES = List.of("Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara",
            "Emma", "Ingrid", "Malin", "Åsa", "Linnéa", "Sofia", "Hanna", "Elin", "Ebba", "Märta", "Birgitta",
            "Jan", "Lars", "Anders", "Per", "Erik", "Karl", "Johan", "Mikael", "Peter", "Björn", "Göran", "Håkan",
            "Stefan", "Mats", "Olof", "Fredrik", "Jörgen", "Ömer", "Ahmed", "Leila", "Nguyễn", "Zeynep", "Łukasz",
            "Amir", "Fatima", "Aleksandra", "Mohammed", "Aino", "Åke", "Sören");
    static final List<String> SURNAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
            "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Lindström", "Lindqvist", "Lindgren", "Berg",
            "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson",
            "Sandberg", "Henriksson", "Åkesson", "Öberg", "Söderberg", "Ekström", "Håkansson", "Alexandersson",
            "Ramhult", "Şahin", "Đorđević", "Kowalski", "Hassan", "Yilmaz", "Virtanen", "Nyström", "Holmgren");

    static final List<String> PLACES = List.of("centralorten", "Norrby", "Södertorp", "Västeråsen", "Östermalm",
            "Bäckdalen", "Kyrkbyn", "Hamnen", "Skogsgläntan", "Åbyn", "Ängsvik", "Älvstranden", "Strömsnäs",
            "Björkhagen", "Lillsjö");

    /** The bodies of a generated municipality: code, name and how often a year it meets. */
    record BodyInfo(String code, String name, boolean council, int meetingsPerYear) {
    }

    static final List<BodyInfo> BODIES = List.of(
            new BodyInfo("KF", "Kommunfullmäktige", true, 10),
            new BodyInfo("KS", "Kommunstyrelsen", false, 11),
            new BodyInfo("BUN", "Barn- och utbildningsnämnden", false, 10),
            new BodyInfo("SN", "Socialnämnden", false, 11),
            new BodyInfo("TN", "Tekniska nämnden", false, 9),
            new BodyInfo("MBN", "Miljö- och byggnadsnämnden", false, 10),
            new BodyInfo("KFN", "Kultur- och fritidsnämnden", false, 8));

    /** Who interpellations and questions are put to. */
    static final List<String> ROLES = List.of("kommunstyrelsens ordförande", "barn- och utbildningsnämndens "
            + "ordförande", "socialnämndens ordförande", "tekniska nämndens ordförande", "miljö- och "
            + "byggnadsnämndens ordförande", "kultur- och fritidsnämndens ordförande", "kommunalrådet");

    /** Who sends referrals (remisser) for the municipality to answer. */
    static final List<String> SENDERS = List.of("Trafikverket", "Länsstyrelsen", "Regionen", "Socialdepartementet",
            "Finansdepartementet", "Skolverket", "Naturvårdsverket", "Boverket", "Kommunförbundet");

    static final List<Subject> SUBJECTS = List.of(
            new Subject("integrationsplan", "plan för integration", "social"),
            new Subject("trafiksäkerhetsplan", "plan för trafiksäkerhet", "traffic"),
            new Subject("cykelväg", "väg för cyklar", "traffic"),
            new Subject("gång- och cykelbana", "bana för gående och cyklister", "traffic"),
            new Subject("busslinje", "linje för bussar", "traffic"),
            new Subject("hastighetsbegränsning", "begränsning av hastigheten", "traffic"),
            new Subject("parkeringsplats", "plats för parkering", "traffic"),
            new Subject("skolskjuts", "skjuts till skolan", "school"),
            new Subject("skolgård", "gård vid skolan", "school"),
            new Subject("förskoleplats", "plats i förskolan", "school"),
            new Subject("skolmåltid", "måltid i skolan", "school"),
            new Subject("lärartäthet", "täthet av lärare", "school"),
            new Subject("fritidsgård", "gård för fritid", "culture"),
            new Subject("idrottshall", "hall för idrott", "culture"),
            new Subject("simhall", "hall för simning", "culture"),
            new Subject("biblioteksfilial", "filial till biblioteket", "culture"),
            new Subject("kulturhus", "hus för kultur", "culture"),
            new Subject("äldreboende", "boende för äldre", "care"),
            new Subject("hemtjänst", "tjänst i hemmet", "care"),
            new Subject("trygghetsboende", "boende med trygghet", "care"),
            new Subject("anhörigstöd", "stöd till anhöriga", "care"),
            new Subject("missbruksvård", "vård vid missbruk", "care"),
            new Subject("barnfattigdom", "fattigdom bland barn", "social"),
            new Subject("bostadsförsörjning", "försörjning av bostäder", "housing"),
            new Subject("hyresrätt", "rätt att hyra", "housing"),
            new Subject("detaljplan", "plan i detalj", "housing"),
            new Subject("bygglovstaxa", "taxa för bygglov", "housing"),
            new Subject("vindkraftspark", "park för vindkraft", "environment"),
            new Subject("solcellsanläggning", "anläggning för solceller", "environment"),
            new Subject("klimatplan", "plan för klimatet", "environment"),
            new Subject("avfallstaxa", "taxa för avfall", "environment"),
            new Subject("dagvattenhantering", "hantering av dagvatten", "environment"),
            new Subject("naturreservat", "reservat för naturen", "environment"),
            new Subject("badplats", "plats för bad", "environment"),
            new Subject("vattenledning", "ledning för vatten", "environment"),
            new Subject("gatubelysning", "belysning av gator", "traffic"),
            new Subject("snöröjning", "röjning av snö", "traffic"),
            new Subject("ungdomsråd", "råd för ungdomar", "democracy"),
            new Subject("medborgardialog", "dialog med medborgarna", "democracy"),
            new Subject("arvodesregler", "regler för arvoden", "democracy"),
            new Subject("visselblåsarfunktion", "funktion för visselblåsare", "democracy"),
            new Subject("upphandlingspolicy", "policy för upphandling", "economy"),
            new Subject("budgetram", "ram för budgeten", "economy"),
            new Subject("näringslivsstrategi", "strategi för näringslivet", "economy"),
            new Subject("feriearbete", "arbete under ferierna", "economy"),
            new Subject("sommarjobb", "jobb på sommaren", "economy"),
            new Subject("bredbandsutbyggnad", "utbyggnad av bredband", "economy"),
            new Subject("krisberedskap", "beredskap för kriser", "safety"),
            new Subject("brottsförebyggande arbete", "arbete för att förebygga brott", "safety"),
            new Subject("kameraövervakning", "övervakning med kameror", "safety"),
            new Subject("våldsprevention", "prevention av våld", "safety"),
            new Subject("folkhälsoplan", "plan för folkhälsan", "care"),
            new Subject("språkstöd", "stöd i språket", "social"),
            new Subject("föreningsbidrag", "bidrag till föreningar", "culture"),
            new Subject("konstnärlig utsmyckning", "utsmyckning med konst", "culture"),
            new Subject("lekplats", "plats för lek", "culture"),
            new Subject("hundrastgård", "gård för hundar", "environment"),
            new Subject("måltidspolicy", "policy för måltider", "school"),
            new Subject("elevhälsa", "hälsa bland elever", "school"),
            new Subject("vuxenutbildning", "utbildning för vuxna", "school"));

    private Vocabulary() {
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A party, drawn with the weights of {@link #PARTY_WEIGHTS}. */
    static String party(Random random) {
        int total = 0;
        for (int w : PARTY_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < PARTY_WEIGHTS.length; i++) {
            r -= PARTY_WEIGHTS[i];
            if (r < 0) {
                return PARTIES.get(i);
            }
        }
        return PARTIES.getLast();
    }
}

package se.namndkoll.rules.model;

/**
 * Upper bounds on every collection and string in the fact model, so that one request cannot
 * exhaust memory. Generous for real committees (the largest known has 14 parties) and documents.
 */
public final class Limits {
    public static final int ID = 100;
    public static final int NAME = 300;
    public static final int SHORT_TEXT = 2_000;
    public static final int LONG_TEXT = 100_000;
    public static final int PARTIES = 400;
    public static final int SEATS = 2_000;
    public static final int ATTENDANCE = 2_000;
    public static final int PARAGRAPHS = 2_000;
    public static final int AGENDA_ITEMS = 2_000;
    public static final int PROPOSALS = 200;
    public static final int LIST = 500;
    public static final int LINES = 200_000;
    public static final int TABLE_ROWS = 5_000;
    public static final int TABLE_COLUMNS = 50;
    public static final int DECISIONS = 500;
    public static final int RELATIONS = 500;
    public static final int VERSIONS = 200;

    /** Allowed characters of a machine identifier (committee, party). */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]*";

    private Limits() {
    }
}

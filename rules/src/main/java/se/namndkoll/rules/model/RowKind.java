package se.namndkoll.rules.model;

/** The role of a row in a financial table. */
public enum RowKind {
    /** A detail row. */
    DETAIL,
    /** A stated total (Summa) of the detail rows since the table start or the previous total. */
    TOTAL,
    /** A stated result (Resultat/Rörelseresultat): the first total minus the second. */
    RESULT,
    /** A section heading without figures (INTÄKTER, KOSTNADER). */
    HEADING
}

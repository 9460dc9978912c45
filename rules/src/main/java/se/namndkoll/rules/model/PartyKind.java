package se.namndkoll.rules.model;

/** What kind of legal body a party or counterparty is. */
public enum PartyKind {
    /** Kommun. */
    KOMMUN,
    /** Region (formerly landsting). */
    REGION,
    /** Kommunalförbund: a separate legal person formed by kommuner and/or regioner. */
    KOMMUNALFORBUND,
    /** Company (aktiebolag or similar), public or private. */
    BOLAG,
    /** State authority. */
    STAT,
    /** Private undertaking or person. */
    PRIVAT,
    /** Ideell förening or other association. */
    FORENING,
    /** Anything else. */
    OTHER
}

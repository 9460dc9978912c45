package se.namndkoll.rules.model;

/** What a date mentioned in a document refers to. */
public enum DateRole {
    /** The date of the meeting the document is about. */
    MEETING,
    /** Any other date. */
    OTHER
}

/**
 * Drafting a committee from its governing documents: the files are read by the document library's
 * drafter, and the committee rules are run on the draft as it stands, so that the user sees what
 * the drafted facts already show (a party without an ersättare, too few ersättare) before saving.
 * Nothing is written to the registry here; the user saves the edited draft with
 * {@code PUT /committees/{id}}.
 */
package se.namndkoll.service.draft;

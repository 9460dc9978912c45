package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** An inclusive range of § numbers, as in "Justerade paragrafer 1-6". */
public record ParagraphRange(@NotNull @Positive Integer from, @NotNull @Positive Integer to) {

    public boolean contains(int paragraph) {
        return paragraph >= from && paragraph <= to;
    }
}

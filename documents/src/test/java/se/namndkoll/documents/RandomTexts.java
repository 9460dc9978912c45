package se.namndkoll.documents;

import java.util.Random;

/** Random texts for the property tests: pieces (words, separators, the literals a pattern needs) drawn and joined. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** Up to {@code maxPieces} pieces (possibly none) drawn from {@code pieces}, joined. */
    public static String of(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxPieces + 1); k > 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** Each character (code point) of {@code alphabet} as a piece. */
    public static String[] characters(String alphabet) {
        return alphabet.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }
}

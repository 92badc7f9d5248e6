package dev.schemawise.config;

/**
 * A configuration file that cannot be used; the message names the file, the key and what would be valid. Messages
 * quote what the file says, so any run of more than {@value #LONGEST_WORD} characters without a space (a key or a
 * value of a megabyte) is shortened to its ends, and the whole to {@value #LONGEST_MESSAGE} characters: a hostile
 * file cannot make a message longer than a few lines.
 */
public final class ConfigException extends Exception {
    static final int LONGEST_WORD = 120;
    static final int LONGEST_MESSAGE = 1000;

    public ConfigException(String message) {
        super(bounded(message));
    }

    static String bounded(String message) {
        if (message == null || message.length() <= LONGEST_WORD) return message;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            int end = i;
            while (end < message.length() && !Character.isWhitespace(message.charAt(end))) end++;
            if (end - i > LONGEST_WORD) {
                b.append(message, i, i + 80).append("...").append(message, end - 20, end);
            } else {
                b.append(message, i, end);
            }
            i = end;
            while (i < message.length() && Character.isWhitespace(message.charAt(i))) b.append(message.charAt(i++));
        }
        // Spaces inside a long value escape the rule above: keep the beginning and the end (the valid names) of the message.
        return b.length() <= LONGEST_MESSAGE ? b.toString() : b.substring(0, LONGEST_MESSAGE - 300) + " ... " + b.substring(b.length() - 295);
    }
}

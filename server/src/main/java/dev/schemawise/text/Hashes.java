package dev.schemawise.text;

/**
 * FNV-style mixing of names and text into a running 64-bit hash, for telling whether what an editor kept from its last
 * analysis still holds (a model's names, the text of a schema's other statements). Not for anything kept on disk.
 */
public final class Hashes {
    private Hashes() {}

    private static final long PRIME = 0x100000001b3L;

    /** The hash seed. */
    public static final long START = 0xcbf29ce484222325L;

    /** Mixes in a name (null included); its hash is the string's own, kept by the string once computed. */
    public static long name(long h, String s) {
        return ((h ^ (s == null ? 0x9e3779b9 : s.hashCode())) * PRIME ^ (s == null ? -1 : s.length())) * PRIME;
    }

    /** Mixes in the characters of {@code s} from {@code from} to {@code to}, then an end mark. */
    public static long text(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * PRIME;
        return (h ^ 0xff) * PRIME;
    }
}

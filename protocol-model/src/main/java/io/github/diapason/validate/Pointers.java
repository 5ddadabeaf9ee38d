package io.github.diapason.validate;

/** JSON pointer helpers (RFC 6901). */
final class Pointers {
    private Pointers() {
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Each sequence of the exam, with its JSON pointer ({@code /exam/sequences/i}). */
    static void eachSequence(io.github.diapason.model.Protocol protocol,
                             java.util.function.BiConsumer<io.github.diapason.model.Sequence, String> action) {
        java.util.List<io.github.diapason.model.Sequence> sequences = protocol.exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            action.accept(sequences.get(i), "/exam/sequences/" + i);
        }
    }

    /** Each override's patch of a sequence, with the JSON pointer of the patch ({@code /overrides/i/sequences/id}). */
    static void eachPatch(io.github.diapason.model.Protocol protocol,
                          java.util.function.BiConsumer<io.github.diapason.model.SequencePatch, String> action) {
        java.util.List<io.github.diapason.model.ProtocolOverride> overrides = protocol.overrides();
        for (int i = 0; i < overrides.size(); i++) {
            for (java.util.Map.Entry<String, io.github.diapason.model.SequencePatch> e
                    : overrides.get(i).sequences().entrySet()) {
                action.accept(e.getValue(), "/overrides/" + i + "/sequences/" + escape(e.getKey()));
            }
        }
    }
}

package app.soundpath.assessment.entity;

import java.util.Map;

/**
 * One scored item. A and B items point to one side and take 1–5; C items map each reaction id to a side; D items
 * name their right option; tie-breakers map each of their two options to a side.
 */
public record Item(String id, Block block, Side side, Map<String, Side> reactions, String rightOption, String label) {

    public static Item interest(String id, Side side, String label) {
        return new Item(id, Block.A, side, Map.of(), null, label);
    }

    public static Item selfRating(String id, Side side, String label) {
        return new Item(id, Block.B, side, Map.of(), null, label);
    }

    public static Item scenario(String id, Map<String, Side> reactions, String label) {
        return new Item(id, Block.C, null, Map.copyOf(reactions), null, label);
    }

    public static Item knowledge(String id, String rightOption, String label) {
        return new Item(id, Block.D, null, Map.of(), rightOption, label);
    }
}

package rs.iom.hub.pipeline;

import java.util.AbstractMap;
import java.util.Set;
import java.util.function.Function;

/**
 * A map that keeps nothing: {@link #computeIfAbsent} just computes. Given where a cache is expected when nothing
 * should be cached (one-off builds), so that memory stays flat.
 */
final class ForgetfulMap<K, V> extends AbstractMap<K, V> {
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return mappingFunction.apply(key);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Set.of();
    }
}

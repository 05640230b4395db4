package org.whytheyleft.bake;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

import org.jbake.app.ContentStore;

/**
 * Stands in for the OrientDB session of a {@link ContentStore} that keeps its documents in memory. JBake's oven
 * calls the store's {@code updateSchema()}, which is final and reads the schema of its private session; this session
 * answers that every class exists, and refuses anything else, so a store that overrides every query never starts
 * OrientDB (half a second to seconds of a small site's bake, for a database nobody reads).
 */
final class NoDatabase {

    private NoDatabase() {
    }

    /** Gives {@code store} a session whose schema has every class, and which does nothing else. */
    static void install(ContentStore store) {
        try {
            // The session, metadata and schema types as JBake's store declares them, which also keeps OrientDB off
            // this project's compile class path.
            Field db = ContentStore.class.getDeclaredField("db");
            Class<?> sessionType = db.getType();
            Class<?> metadataType = sessionType.getMethod("getMetadata").getReturnType();
            Class<?> schemaType = metadataType.getMethod("getSchema").getReturnType();
            Object schema = proxy(schemaType, (self, method, args) -> method.getName().equals("existsClass")
                    ? Boolean.TRUE : refuse(method.getName()));
            Object metadata = proxy(metadataType, (self, method, args) -> method.getName().equals("getSchema")
                    ? schema : refuse(method.getName()));
            Object session = proxy(sessionType, (self, method, args) -> method.getName().equals("getMetadata")
                    ? metadata : refuse(method.getName()));
            db.setAccessible(true);
            db.set(store, session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's ContentStore no longer reads its schema through a field 'db'",
                    e);
        }
    }

    private static Object proxy(Class<?> type, InvocationHandler handler) {
        return Proxy.newProxyInstance(NoDatabase.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object refuse(String method) {
        throw new UnsupportedOperationException("The in-memory content store has no database: " + method);
    }
}

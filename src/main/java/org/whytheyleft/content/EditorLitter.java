package org.whytheyleft.content;

import java.util.Locale;

/**
 * Files that editors and operating systems leave beside the ones an author saves: backups ({@code name~}), locks
 * ({@code .#name}), swap files ({@code .name.swp}) and folder caches ({@code .DS_Store}, {@code Thumbs.db}). They
 * are never published, and an author who did not make them should not have to delete them before a build.
 */
final class EditorLitter {

    private EditorLitter() {
    }

    static boolean isLitter(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith("~") || name.startsWith(".#") || name.endsWith(".swp") || name.endsWith(".swo")
                || name.equals(".ds_store") || name.equals("thumbs.db") || name.equals("desktop.ini");
    }
}

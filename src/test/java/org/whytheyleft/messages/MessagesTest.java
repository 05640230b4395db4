package org.whytheyleft.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    @TempDir
    Path project;

    private Messages bundles(String turkish, String arabic) throws IOException {
        Path messages = Files.createDirectories(project.resolve("templates/messages"));
        Files.writeString(messages.resolve("messages_tr.properties"), "figure=" + turkish + "\n");
        Files.writeString(messages.resolve("messages_ar.properties"), "figure=" + arabic + "\n");
        Messages.Result result = Messages.read(project, project.resolve("templates"), List.of("tr", "ar"));
        assertEquals(List.of(), result.problems());
        return result.messages();
    }

    @Test
    void aTurkishApostropheBeforeAnArgumentKeepsTheArgument() throws IOException {
        Messages messages = bundles("IŞİD'den ayrılan {0} kişi, ICSR''nin raporu", "{0}");

        assertEquals("IŞİD'den ayrılan 58 kişi, ICSR'nin raporu", messages.get("tr", "figure", 58));
    }

    @Test
    void numbersInArabicTextsAreWrittenInTheDigitsOfThePages() throws IOException {
        Messages messages = bundles("{0}", "السبب {0} من {1}");

        assertEquals("السبب 2 من 4", messages.get("ar", "figure", 2, 4));
        assertEquals("1.234", messages.get("tr", "figure", 1234), "Turkish groups thousands with a dot");
    }
}

package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PreviewTest {

    @Test
    void aTakenPortIsNamedWithTheOptionThatChoosesAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            BindException failure = assertThrows(BindException.class, () -> Preview.listen(port));

            assertEquals("Port " + port + " is already in use, perhaps by another preview. Stop that, or choose"
                    + " another port: ./mvnw -q compile exec:java@preview -Dpreview.port=" + (port + 1),
                    failure.getMessage());
        }
    }
}

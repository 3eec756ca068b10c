package io.jobwright.settings;

import java.nio.file.Path;

/** STUB: AES-GCM encryption of secrets with a key file in the data dir. */
public final class SecretBox {
    public SecretBox(Path dataDir) {
    }
}

package io.gongkai.error;

/** The PDF is encrypted and no (or a wrong) password was given. */
public class EncryptedDocumentException extends InputException {
    public EncryptedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.gongkai.error;

/** The input cannot be read as a disclosure: empty, binary junk, unsupported, unreadable. */
public class InputException extends GongkaiException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}

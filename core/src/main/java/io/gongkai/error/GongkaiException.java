package io.gongkai.error;

/** Base of every error Gongkai reports. Its message says what went wrong and what to do about it. */
public class GongkaiException extends RuntimeException {
    public GongkaiException(String message) {
        super(message);
    }

    public GongkaiException(String message, Throwable cause) {
        super(message, cause);
    }
}

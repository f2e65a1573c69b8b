package io.gongkai.error;

/** An optional engine was asked for but is not installed (a library missing from the class path). */
public class EngineUnavailableException extends GongkaiException {
    public EngineUnavailableException(String message) {
        super(message);
    }
}

package nl.onderwijsregio.ketenregie.web;

import java.io.IOException;

/** Thrown while reading a request body that exceeds the limit of its endpoint; answered with 400. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(int maxBytes) {
        super("Het verzoek is te groot: stuur hoogstens " + maxBytes / 1024 + " kB.");
    }
}

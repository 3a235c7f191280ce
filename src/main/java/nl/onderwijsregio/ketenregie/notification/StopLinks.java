package nl.onderwijsregio.ketenregie.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring stop links for candidates. A token is {@code payload.signature}, both base64url: the
 * payload holds a random token id, the dossier id and the expiry time; the signature is HMAC-SHA256 over
 * the payload with {@code ketenregie.mail.token-secret}. Single use is enforced by {@link StopService},
 * which stores the ids of used tokens.
 */
@Component
class StopLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PAYLOAD_BYTES = 16 + 16 + 8;

    private final MailSettings settings;
    private final Clock clock;
    private final SecretKeySpec key;

    StopLinks(MailSettings settings, Clock clock, @Value("${spring.datasource.url}") String datasourceUrl) {
        StopLinkSecretCheck.check(datasourceUrl, settings.tokenSecret());
        this.settings = settings;
        this.clock = clock;
        this.key = new SecretKeySpec(settings.tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    sealed interface Verification permits Valid, Invalid {
    }

    record Valid(UUID tokenId, UUID dossierId) implements Verification {
    }

    enum Problem { TAMPERED, EXPIRED }

    record Invalid(Problem problem) implements Verification {
    }

    /** The full link for a mail to the candidate of this dossier. */
    String link(UUID dossierId) {
        return settings.link("/stoppen/" + token(dossierId));
    }

    String token(UUID dossierId) {
        Instant expires = clock.instant().atZone(ZoneOffset.UTC).plus(settings.stoplinkGeldig()).toInstant();
        return token(UUID.randomUUID(), dossierId, expires);
    }

    String token(UUID tokenId, UUID dossierId, Instant expires) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
        payload.putLong(tokenId.getMostSignificantBits()).putLong(tokenId.getLeastSignificantBits());
        payload.putLong(dossierId.getMostSignificantBits()).putLong(dossierId.getLeastSignificantBits());
        payload.putLong(expires.getEpochSecond());
        byte[] bytes = payload.array();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes) + "." + base64.encodeToString(sign(bytes));
    }

    Verification verify(String token) {
        if (token == null || token.length() > 200) {
            return new Invalid(Problem.TAMPERED);
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return new Invalid(Problem.TAMPERED);
        }
        byte[] payload;
        byte[] signature;
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            payload = base64.decode(token.substring(0, dot));
            signature = base64.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Invalid(Problem.TAMPERED);
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(sign(payload), signature)) {
            return new Invalid(Problem.TAMPERED);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID tokenId = new UUID(buffer.getLong(), buffer.getLong());
        UUID dossierId = new UUID(buffer.getLong(), buffer.getLong());
        Instant expires = Instant.ofEpochSecond(buffer.getLong());
        if (!clock.instant().isBefore(expires)) {
            return new Invalid(Problem.EXPIRED);
        }
        return new Valid(tokenId, dossierId);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

package nl.onderwijsregio.ketenregie.dossier;

/** Who pays for the zij-instromer's place; each stream is accounted for separately. */
public enum FundingStream {
    SUBSIDIE_ZIJINSTROOM, CONVENANT, BESTUUR
}

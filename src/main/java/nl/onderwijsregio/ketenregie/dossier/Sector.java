package nl.onderwijsregio.ketenregie.dossier;

/** Education sector: primary (PO), secondary (VO) or vocational (MBO). */
public enum Sector {
    PO, VO, MBO
}

package nl.onderwijsregio.ketenregie.organisation;

/** Education sector: primary (PO), secondary (VO) or vocational (MBO). */
public enum Sector {
    PO, VO, MBO
}

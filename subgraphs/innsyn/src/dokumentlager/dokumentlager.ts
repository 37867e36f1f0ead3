/** What the uploading integration says about a document. */
export interface DokumentMetadata {
  fiksOrgId: string;
  /** The integration that uploaded the document: the only one that may delete it. */
  integrasjonId: string;
  dokumentnavn: string;
  /** The type sniffed from the content (and equal to the declared one). */
  mimeType: string;
  sikkerhetsniva: 3 | 4;
  korrelasjonsid: string | null;
  /** After this the document is gone for everyone, whatever links to it. */
  tilgjengeligTil: Date | null;
}

/** A stored document's metadata, as put() returned it. */
export interface LagretDokument extends DokumentMetadata {
  id: string;
  storrelse: number;
  /** Hex SHA-256 of the content at upload. */
  sha256: string;
  opprettet: Date;
}

/** A document found by get(): its metadata, and its content read lazily. */
export interface HentetDokument {
  metadata: LagretDokument;
  /** The stored bytes in order, in parts of any size; read once. */
  innhold(): AsyncIterable<Uint8Array>;
}

/**
 * The storage port for document content. PostgreSQL is the local adapter; an S3-compatible
 * store can replace it (object key = id, sha256 as the object's checksum) without touching
 * the routes. Contract every adapter keeps:
 *
 * - put(innhold, metadata) stores the bytes and metadata atomically (all or nothing) under a new
 *   random UUID, computes the SHA-256 of exactly those bytes, and returns the stored metadata.
 *   Nothing of a failed put is visible to get. Content never changes after put.
 * - get(id) returns null for an id never stored or deleted. Otherwise the metadata as stored
 *   (the checksum from upload, never recomputed) and the content as stored. Adapters do not
 *   verify the checksum: callers read through lesVerifisert, so every adapter is checked alike.
 * - delete(id) removes content and metadata; true when the document existed. Idempotent.
 * - No access control, expiry or size limit inside the port: the routes check ownership,
 *   exposure, tilgjengeligTil and the upload limit before they call it.
 */
export interface Dokumentlager {
  put(innhold: Uint8Array, metadata: DokumentMetadata): Promise<LagretDokument>;
  get(id: string): Promise<HentetDokument | null>;
  delete(id: string): Promise<boolean>;
}

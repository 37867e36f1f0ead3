/** A resolved Innbygger reference: the caller's own opaque key. */
export interface InnbyggerRef {
  id: string;
}

/** A Kommune reference; the Innsyn subgraph resolves its fields. */
export interface KommuneRef {
  fiksOrgId: string;
}

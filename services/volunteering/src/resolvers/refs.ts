/** Entities of other subgraphs as volunteering receives and returns them: only their key. */
export interface PersonRef {
  id: string;
}

export interface BuildingRef {
  id: string;
}

export interface OrganizationRef {
  id: string;
}

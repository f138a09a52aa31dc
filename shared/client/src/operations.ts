import { graphql } from './__generated__';

/**
 * Every operation Linli's web clients send. Each is a trusted document: its hash goes into
 * the manifest the gateway checks when TRUSTED_DOCUMENTS is require or allow.
 */

/** One area by code: the roots of the dashboard's area tree (the caller's own areas). */
export const AreaNodeDocument = graphql(`
  query AreaNode($code: ID!) {
    area(code: $code) {
      code
      name
      level
      parentCode
    }
  }
`);

/** The areas one level beneath an area, as far as the caller may see. */
export const ChildAreasDocument = graphql(`
  query ChildAreas($within: ID!, $level: AreaLevel!, $first: Int!, $after: String) {
    areas(within: $within, level: $level, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          name
          level
          parentCode
        }
      }
    }
  }
`);

/** The five domains' figures for an area over a period (each domain's default period when omitted). */
export const AreaFiguresDocument = graphql(`
  query AreaFigures($code: ID!, $period: PeriodInput) {
    area(code: $code) {
      code
      name
      level
      population(period: $period) {
        residents
        locals
        migrants
        newRegistrations
        departures
        visitsDone
        visitsOverdue
        permitsExpiring
        keyGroupMembers {
          value
          suppressed
        }
      }
      housing(period: $period) {
        buildings
        houses
        rentalHouses
        inspections
        hazardsReported
        hazardsOpen
        hazardsOverdue
        hazardsRectified
        onTimeRectificationRate
      }
      organizations(period: $period) {
        organizations
        members
        activities
        participants
        peopleServed
        volunteerHours
      }
      mediation(period: $period) {
        casesOpened {
          value
          suppressed
        }
        casesClosed {
          value
          suppressed
        }
        overdueCases {
          value
          suppressed
        }
        incidentsReported
        incidentsHandled
        successRate
      }
      volunteering(period: $period) {
        volunteers
        activeVolunteers
        teams
        activities
        personTimes
        approvedHours
      }
    }
  }
`);

/** Mediation's month series, the one domain whose series has settled on the shared vocabulary (Area.<domain>Series). */
export const MediationTrendDocument = graphql(`
  query MediationTrend($code: ID!, $period: PeriodInput!) {
    area(code: $code) {
      code
      mediationSeries(period: $period, every: MONTH) {
        label
        from
        to
        casesOpened {
          value
          suppressed
        }
        casesClosed {
          value
          suppressed
        }
        incidentsReported
      }
    }
  }
`);

/** Persons whose home visit is overdue in an area (population). */
export const OverdueVisitsDocument = graphql(`
  query OverdueVisits($areaCode: ID!, $first: Int!, $after: String) {
    overdueVisits(areaCode: $areaCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          rule
          dueOn
          daysOverdue
          lastVisitedOn
          person {
            id
            name
          }
        }
      }
    }
  }
`);

/** Rental houses due for a safety inspection in an area (housing). */
export const HousesDueForInspectionDocument = graphql(`
  query HousesDueForInspection($areaCode: ID!, $first: Int!, $after: String) {
    housesDueForInspection(areaCode: $areaCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          lastInspectedOn
          building {
            id
            address
          }
        }
      }
    }
  }
`);

/** Hazards not yet rectified in an area, by deadline (housing). */
export const OpenHazardsDocument = graphql(`
  query OpenHazards($areaCode: ID!, $first: Int!, $after: String) {
    hazards(filter: { areaCode: $areaCode, status: [OPEN, OVERDUE] }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          itemCode
          severity
          status
          deadline
          description
          house {
            id
            number
          }
        }
      }
    }
  }
`);

/** Grid incidents past their deadline in an area (mediation). */
export const OverdueIncidentsDocument = graphql(`
  query OverdueIncidents($areaCode: ID!, $first: Int!, $after: String) {
    gridIncidents(filter: { areaCode: $areaCode, overdue: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          categoryName
          place
          step
          reportedOn
          deadline
        }
      }
    }
  }
`);

/** Dispute cases past their due date in an area (mediation). */
export const OverdueCasesDocument = graphql(`
  query OverdueCases($areaCode: ID!, $first: Int!, $after: String) {
    disputeCases(filter: { areaCode: $areaCode, overdue: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          status
          summary
          openedOn
          dueOn
        }
      }
    }
  }
`);

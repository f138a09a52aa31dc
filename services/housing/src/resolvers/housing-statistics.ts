import type { HousingPeriodStatisticsResolvers, HousingStatisticsResolvers } from '../__generated__/resolvers-types';

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export const HousingStatistics: HousingStatisticsResolvers = {
  accessControlCoverage: (f) => rate(f.rentalBuildingsWithAccessControl, f.rentalBuildings),
  onTimeRectificationRate: (f) => rate(f.hazardsRectifiedOnTime, f.hazardsRectified),
  estatesByStars: (f) => f.estatesByStars.map((estates, i) => ({ stars: i + 1, estates })),
};

export const HousingPeriodStatistics: HousingPeriodStatisticsResolvers = {
  onTimeRectificationRate: (f) => rate(f.hazardsRectifiedOnTime, f.hazardsRectified),
};

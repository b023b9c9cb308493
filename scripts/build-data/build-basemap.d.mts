export const ADM1_TO_REGION: Record<string, string>;
export function adm1Disagreements(
  cities: readonly { id: string; names: { en: string }; neAdm1: string | null; regionId: string }[],
  adm1ToRegion: Record<string, string>,
): { id: string; name: string; neAdm1: string; regionId: string }[];

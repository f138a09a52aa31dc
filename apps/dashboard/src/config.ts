/** Where the gateway is: config.json beside the page (written by whoever serves the dashboard), else port 4000 on this host. */
export interface DashboardConfig {
  gatewayUrl: string;
}

export async function loadConfig(): Promise<DashboardConfig> {
  try {
    const response = await fetch('./config.json', { cache: 'no-store' });
    if (response.ok) {
      const config = (await response.json()) as Partial<DashboardConfig>;
      if (config.gatewayUrl) return { gatewayUrl: config.gatewayUrl };
    }
  } catch {
    /* no config.json: fall back to the development gateway */
  }
  return { gatewayUrl: `${location.protocol}//${location.hostname}:4000/graphql` };
}

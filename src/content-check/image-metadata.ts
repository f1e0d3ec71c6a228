import { inflateSync } from 'node:zlib';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import ExifReader from 'exifreader';

/**
 * Metadata fields that name a person, an owner or a place: EXIF (TIFF names), XMP (local names:
 * `dc:creator` is `creator`, `photoshop:City` is `City`), IPTC and PNG text keywords.
 */
const namingFields: Record<'exif' | 'xmp' | 'iptc' | 'pngText', readonly string[]> = {
  exif: ['Artist', 'Copyright', 'XPAuthor', 'OwnerName', 'CameraOwnerName'],
  xmp: [
    'creator',
    'rights',
    'Artist',
    'Copyright',
    'Owner',
    'Credit',
    'AuthorsPosition',
    'CaptionWriter',
    'City',
    'State',
    'Country',
    'Location',
    'CreatorContactInfo',
    'LocationCreated',
    'LocationShown',
    'PersonInImage',
    'CameraOwnerName',
    'OwnerName',
  ],
  iptc: [
    'By-line',
    'By-line Title',
    'City',
    'Sub-location',
    'Province/State',
    'Country/Primary Location Code',
    'Country/Primary Location Name',
    'Content Location Name',
    'Contact',
    'Credit',
    'Copyright Notice',
    'Writer/Editor',
  ],
  pngText: ['Author', 'Artist', 'Copyright'],
};

/** Free-text fields, refused when they hold what looks like a phone number or an email address. */
const textFields: Record<'exif' | 'xmp' | 'iptc' | 'pngText', readonly string[]> = {
  exif: ['UserComment', 'ImageDescription', 'XPComment', 'XPSubject', 'XPTitle', 'XPKeywords'],
  xmp: ['description', 'title', 'subject', 'UserComment', 'ImageDescription', 'Headline', 'Instructions'],
  iptc: ['Caption/Abstract', 'Headline', 'Keywords', 'Special Instructions', 'Object Name'],
  // Not the profiles some programs keep as PNG text (`Raw profile type exif`, XMP): hex and ids are full of digits.
  pngText: ['Title', 'Description', 'Comment', 'Disclaimer', 'Warning', 'Source'],
};

const groupLabels = { exif: '', xmp: 'XMP ', iptc: 'IPTC ', pngText: 'PNG ' } as const;

// Nine or more digits in a row, with at most two separators between them: 06-12345678, +31 20 123 4567.
const phoneNumber = /(?:\+|\b)\d(?:[\s().-]{0,2}\d){8,}/u;
const emailAddress = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/iu;

/** Compressed metadata (PNG zTXt, iTXt) is read up to this many bytes per block and per image. */
const inflatedBytes = { block: 1_000_000, image: 4_000_000 };

type Tags = ExifReader.ExpandedTags;

/**
 * What an image beside an entry tells about where it was taken and by whom, besides its pixels:
 * a GPS position, names and places in EXIF, XMP, IPTC or PNG text, and phone numbers or email
 * addresses in their free-text fields. The pull request itself publishes the file, so the check
 * refuses it and says how to save it without metadata. The file was sniffed as a JPEG, PNG,
 * WebP, AVIF or GIF of at most `limits.fileBytes` before; decompression is bounded as well.
 */
export async function imageMetadataProblem(bytes: Buffer): Promise<string | undefined> {
  let tags: Tags;
  try {
    tags = await ExifReader.load(bytes, {
      expanded: true,
      async: true,
      domParser: new DOMParser({ onError: onErrorStopParsing }),
      decompress: { deflate: boundedInflate(), maxDecompressedSize: inflatedBytes.block },
    });
  } catch {
    // Metadata that cannot be read is no reason to refuse an image sharp can read: the build writes none.
    return undefined;
  }
  const found = foundIn(tags);
  if (found.length === 0) return undefined;
  return `the image's metadata holds ${found.join(', ')}, which would be published with it; save a copy without metadata and add that instead (in Windows: Properties › Details › Remove Properties and Personal Information; on a phone or in an image program: export or share it without location and metadata)`;
}

type Group = Record<string, { description?: unknown; value?: unknown }>;

function foundIn(tags: Tags): string[] {
  const found: string[] = [];
  const groups = tags as unknown as Record<string, Group | undefined>;
  // libvips and others write a PNG's XMP as a compressed text chunk, which ExifReader leaves as text.
  const pngXmp = textOf(groups['pngText']?.['XML:com.adobe.xmp']);
  if (pngXmp) groups['xmp'] = { ...xmpFields(pngXmp), ...groups['xmp'] };
  const hasGps =
    Object.keys(groups['gps'] ?? {}).length > 0 ||
    ['exif', 'xmp'].some((group) => Object.keys(groups[group] ?? {}).some((name) => /^GPS(?!.*Pointer)/u.test(name)));
  if (hasGps) found.push('a GPS position');
  const names: string[] = [];
  const contacts: string[] = [];
  for (const [group, fields] of Object.entries(namingFields) as [keyof typeof namingFields, readonly string[]][]) {
    for (const field of fields) if (hasText(groups[group]?.[field])) names.push(`${groupLabels[group]}${field}`);
  }
  for (const [group, fields] of Object.entries(textFields) as [keyof typeof textFields, readonly string[]][]) {
    for (const field of fields) {
      if (looksLikeContact(groups[group]?.[field])) contacts.push(`${groupLabels[group]}${field}`);
    }
  }
  if (names.length > 0) found.push(`names or places (${names.join(', ')})`);
  if (contacts.length > 0) found.push(`a phone number or email address (${contacts.join(', ')})`);
  return found;
}

/** The properties of an XMP packet by local name (`dc:creator` → `creator`), as attributes or elements, with their text. */
function xmpFields(xml: string): Group {
  const fields: Group = {};
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch {
    return fields;
  }
  const elements = document.getElementsByTagName('*');
  for (let index = 0; index < elements.length; index++) {
    const element = elements.item(index)!;
    if (element.localName) fields[element.localName] ??= { description: element.textContent ?? '' };
    for (let at = 0; at < element.attributes.length; at++) {
      const attribute = element.attributes.item(at)!;
      if (attribute.prefix !== 'xmlns' && attribute.localName)
        fields[attribute.localName] ??= { description: attribute.value };
    }
  }
  return fields;
}

function textOf(tag: { description?: unknown; value?: unknown } | undefined): string {
  if (!tag) return '';
  return typeof tag.description === 'string' ? tag.description : typeof tag.value === 'string' ? tag.value : '';
}

const hasText = (tag: { description?: unknown; value?: unknown } | undefined) => textOf(tag).trim().length > 0;

const looksLikeContact = (tag: { description?: unknown; value?: unknown } | undefined) => {
  const text = textOf(tag);
  return phoneNumber.test(text) || emailAddress.test(text);
};

/**
 * zlib for ExifReader's compressed blocks, with a budget per image, so that a small file cannot
 * inflate to gigabytes: a block over the budget reads as empty, and the other blocks are still read.
 */
function boundedInflate() {
  let left = inflatedBytes.image;
  return (data: Uint8Array): Uint8Array => {
    try {
      const inflated = inflateSync(data, { maxOutputLength: Math.max(1, Math.min(left, inflatedBytes.block)) });
      left -= inflated.byteLength;
      return inflated;
    } catch {
      return new Uint8Array();
    }
  };
}

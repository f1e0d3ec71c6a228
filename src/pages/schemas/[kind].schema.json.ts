import { paths } from '../../content-model.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents } from '../../events/events.ts';
import { getCatalogue } from '../../lib/entries.ts';
import { frontmatterJsonSchema, schemaKinds, type SchemaKind } from '../../schemas/json-schema.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(schemaKinds).map((kind) => ({ params: { kind } }));

/** /schemas/<kind>.schema.json: the frontmatter schema of each kind, for editors and tools. */
export const GET: APIRoute = async ({ params, site }) => {
  const { themes, municipalities, organisations, groups, questions } = await getCatalogue();
  const kind = params['kind'] as SchemaKind;
  const schema = frontmatterJsonSchema(
    kind,
    {
      themes: themes.map((theme) => theme.id),
      municipalities: [...municipalities.keys()],
      organisations: [...organisations.keys()],
      entries: [...groups.keys()],
      questions: [...questions.keys()],
      events: (await getEvents()).map((group) => group.key),
    },
    new URL(paths.schema(kind), site).href,
  );
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
};

// The document registry (content/documents.yaml) and how a document is named on the site.
import { getCollection } from 'astro:content';
import type { LegalDocument } from '../schemas/document.ts';
import { t } from '../i18n/index.ts';

let byId: Map<string, LegalDocument> | undefined;

async function index(): Promise<Map<string, LegalDocument>> {
	byId ??= new Map((await getCollection('documents')).map((e) => [e.id, e.data]));
	return byId;
}

/** Every document with its id, in file order. */
export async function getAllDocuments(): Promise<{ id: string; doc: LegalDocument }[]> {
	return [...(await index())].map(([id, doc]) => ({ id, doc }));
}

/** One document by id; throws (failing the build) when a page cites an unknown document. */
export async function getDocument(id: string): Promise<LegalDocument> {
	const found = (await index()).get(id);
	if (!found) throw new Error(`Văn bản "${id}" không có trong content/documents.yaml`);
	return found;
}

/** The symbol as the site prints it: complete, with its blank number marked, or "không ghi". */
export function displaySymbol(doc: LegalDocument): string {
	if (doc.symbol) return doc.symbol;
	if (doc.symbolAsWritten) return `${doc.symbolAsWritten} (${t('doc.blankNumber')})`;
	return t('doc.blank');
}

/** "Nghị định 56/2017/NĐ-CP" or, without a symbol, the document's short title. */
export function citeName(doc: LegalDocument): string {
	return doc.symbol ? `${doc.type} ${doc.symbol}` : doc.title;
}

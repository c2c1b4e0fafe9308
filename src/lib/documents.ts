// The document registry (content/documents.yaml) and how a document is named on the site.
import type { LegalDocument } from '../schemas/document.ts';
import { t } from '../i18n/index.ts';
import { all, one } from './data.ts';

/** Every document with its id, in file order. */
export async function getAllDocuments(): Promise<{ id: string; doc: LegalDocument }[]> {
	return (await all('documents')).map((e) => ({ id: e.id, doc: e.data }));
}

/** One document by id; throws (failing the build) when a page cites an unknown document. */
export async function getDocument(id: string): Promise<LegalDocument> {
	return one('documents', id);
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

// Audiences and topics (content/audiences.yaml, content/topics.yaml).
import type { Audience, Topic } from '../schemas/taxonomy.ts';
import { allData, one } from './data.ts';

export async function getAudiences(): Promise<Audience[]> {
	return (await allData('audiences')).sort((a, b) => a.order - b.order);
}

export async function getTopics(): Promise<Topic[]> {
	return (await allData('topics')).sort((a, b) => a.order - b.order);
}

/** Labels of audience ids, in the order of content/audiences.yaml; an unknown id throws. */
export async function getAudienceLabels(ids: readonly string[]): Promise<string[]> {
	const audiences = await getAudiences();
	for (const id of ids)
		if (!audiences.some((a) => a.id === id)) throw new Error(`Đối tượng "${id}" không có trong content/audiences.yaml`);
	return audiences.filter((a) => ids.includes(a.id)).map((a) => a.label);
}

export async function getTopic(id: string): Promise<Topic> {
	return one('topics', id);
}

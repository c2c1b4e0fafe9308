// Audiences and topics (content/audiences.yaml, content/topics.yaml).
import { getCollection } from 'astro:content';
import type { Audience, Topic } from '../schemas/taxonomy.ts';

let audiences: Audience[] | undefined;
let topics: Topic[] | undefined;

export async function getAudiences(): Promise<Audience[]> {
	audiences ??= (await getCollection('audiences')).map((e) => e.data).sort((a, b) => a.order - b.order);
	return audiences;
}

export async function getTopics(): Promise<Topic[]> {
	topics ??= (await getCollection('topics')).map((e) => e.data).sort((a, b) => a.order - b.order);
	return topics;
}

/** Labels of audience ids, in the order of content/audiences.yaml. */
export async function getAudienceLabels(ids: readonly string[]): Promise<string[]> {
	return (await getAudiences()).filter((a) => ids.includes(a.id)).map((a) => a.label);
}

export async function getTopic(id: string): Promise<Topic> {
	const found = (await getTopics()).find((x) => x.id === id);
	if (!found) throw new Error(`Chủ đề "${id}" không có trong content/topics.yaml`);
	return found;
}

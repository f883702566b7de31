import type { User } from "./api";

/** Who is signed in, as the service last said (GET /api/auth/me). */
export const session: { user: User | null } = { user: null };

export const canReview = (u: User | null) => u !== null;
export const canCorrect = (u: User | null) => u?.role === "coach" || u?.role === "admin";
export const isAdmin = (u: User | null) => u?.role === "admin";

export declare const repoRoot: string;
export declare const cmsDir: string;
export declare function isCmsBuildFresh(): boolean;
export declare function buildCmsDependencies(): void;
export declare function ensureCmsBuild(options?: { log?: (message: string) => void }): boolean;

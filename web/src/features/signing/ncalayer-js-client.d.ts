// ncalayer-js-client ships plain JavaScript; these are the parts Shekara calls.
declare module 'ncalayer-js-client' {
  /** NCALayer's key types of the commonUtils module. */
  export type KeyType = 'AUTHENTICATION' | 'SIGNATURE';

  export class NCALayerClient {
    constructor(url?: string, allowKmdHttpApi?: boolean);
    /** The open socket, null before connect(); closed by the caller when done. */
    wsConnection: WebSocket | null;
    /** Called with each raw answer of NCALayer before it is interpreted. */
    onResponseReady: ((raw: string) => void) | null;
    /** Resolves with NCALayer's version. */
    connect(): Promise<string>;
    getActiveTokens(): Promise<string[]>;
    createCAdESFromBase64(
      storageType: string,
      data: string | ArrayBuffer | Blob,
      keyType?: KeyType,
      attach?: boolean,
    ): Promise<string>;
    signXml(
      storageType: string,
      xml: string,
      keyType?: KeyType,
      tbsElementXPath?: string,
      signatureParentElementXPath?: string,
    ): Promise<string>;
    /**
     * The kz.gov.pki.knca.basics module's `sign` (NCALayer since 2022): `allowedStorages` limits
     * the storages NCALayer offers (null: all); with `forceSingleSignature` one signature, not a list.
     */
    basicsSign(
      allowedStorages: string[] | null,
      format: 'cms' | 'xml',
      data: string | string[],
      signingParams: Record<string, unknown>,
      signerParams: { extKeyUsageOids: string[]; chain?: string[] },
      locale: string,
      forceSingleSignature?: boolean,
    ): Promise<string | string[]>;
    static readonly fileStorageType: string;
  }

  const library: { NCALayerClient: typeof NCALayerClient };
  export default library;
}

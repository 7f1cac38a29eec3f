// ncalayer-js-client ships plain JavaScript; these are the parts Shekara calls.
declare module 'ncalayer-js-client' {
  /** NCALayer's key types of the commonUtils module. */
  export type KeyType = 'AUTHENTICATION' | 'SIGNATURE';

  export class NCALayerClient {
    constructor(url?: string, allowKmdHttpApi?: boolean);
    /** The open socket, null before connect(); closed by the caller when done. */
    wsConnection: WebSocket | null;
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
    static readonly fileStorageType: string;
  }

  const library: { NCALayerClient: typeof NCALayerClient };
  export default library;
}

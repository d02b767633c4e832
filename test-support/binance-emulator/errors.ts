/** A rejection Binance reports as `{"code": ..., "msg": ...}` with an HTTP status. */
export class BinanceError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    msg: string,
  ) {
    super(msg);
  }

  body(): { code: number; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

// Wording as in Binance's errors.md; clients (ccxt included) match some messages exactly.
export const binanceErrors = {
  unknown: () => new BinanceError(500, -1000, 'An unknown error occurred while processing the request.'),
  timestampAhead: () => new BinanceError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time."),
  timestampOutsideRecvWindow: () => new BinanceError(400, -1021, 'Timestamp for this request is outside of the recvWindow.'),
  invalidSignature: () => new BinanceError(400, -1022, 'Signature for this request is not valid.'),
  illegalChars: () => new BinanceError(400, -1100, 'Illegal characters found in a parameter.'),
  illegalCharsIn: (param: string, legalRange: string) =>
    new BinanceError(400, -1100, `Illegal characters found in parameter '${param}'; legal range is '${legalRange}'.`),
  mandatoryParam: (param: string) =>
    new BinanceError(400, -1102, `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`),
  invalidSymbol: () => new BinanceError(400, -1121, 'Invalid symbol.'),
  badParamCombination: () => new BinanceError(400, -1128, 'Combination of optional parameters invalid.'),
  recvWindowTooLarge: () => new BinanceError(400, -1131, 'recvWindow must be less than 60000'),
  duplicateSymbol: () => new BinanceError(400, -1151, 'Symbol is present multiple times in the list.'),
  apiKeyFormat: () => new BinanceError(401, -2014, 'API-key format invalid.'),
  rejectedApiKey: () => new BinanceError(401, -2015, 'Invalid API-key, IP, or permissions for action.'),
};

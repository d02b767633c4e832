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
  mandatoryEither: (first: string, second: string) =>
    new BinanceError(400, -1102, `Param '${first}' or '${second}' must be sent, but both were empty/null!`),
  notRequired: (param: string) => new BinanceError(400, -1106, `Parameter '${param}' sent when not required.`),
  badPrecision: (param: string) => new BinanceError(400, -1111, `Parameter '${param}' has too much precision.`),
  invalidTimeInForce: () => new BinanceError(400, -1115, 'Invalid timeInForce.'),
  invalidOrderType: () => new BinanceError(400, -1116, 'Invalid orderType.'),
  invalidSide: () => new BinanceError(400, -1117, 'Invalid side.'),
  invalidInterval: () => new BinanceError(400, -1120, 'Invalid interval.'),
  invalidSymbol: () => new BinanceError(400, -1121, 'Invalid symbol.'),
  tooMuchTimeBetween: () => new BinanceError(400, -1127, 'More than 24 hours between startTime and endTime.'),
  unsupported: () => new BinanceError(400, -1020, 'This operation is not supported.'),
  filterFailure: (filter: string) => new BinanceError(400, -1013, `Filter failure: ${filter}`),
  marketClosed: () => new BinanceError(400, -1013, 'Market is closed.'),
  insufficientBalance: () => new BinanceError(400, -2010, 'Account has insufficient balance for requested action.'),
  wouldMatchAndTake: () => new BinanceError(400, -2010, 'Order would immediately match and take.'),
  stopWouldTrigger: () => new BinanceError(400, -2010, 'Stop price would trigger immediately.'),
  duplicateOrder: () => new BinanceError(400, -2010, 'Duplicate order sent.'),
  ocoBadPrices: () => new BinanceError(400, -2010, 'The relationship of the prices for the orders is not correct.'),
  unsupportedOrderCombination: () => new BinanceError(400, -2010, 'Unsupported order combination'),
  unknownOrderList: () => new BinanceError(400, -2011, 'Unknown order list sent.'),
  noSuchOrderList: () => new BinanceError(400, -2018, 'Order list does not exist.'),
  unknownOrder: () => new BinanceError(400, -2011, 'Unknown order sent.'),
  noSuchOrder: () => new BinanceError(400, -2013, 'Order does not exist.'),
  tooMuchWeight: (limit: number) =>
    new BinanceError(
      429,
      -1003,
      `Too much request weight used; current limit is ${limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.`,
    ),
  ipBanned: (until: number) =>
    new BinanceError(418, -1003, `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`),
  badParamCombination: () => new BinanceError(400, -1128, 'Combination of optional parameters invalid.'),
  recvWindowTooLarge: () => new BinanceError(400, -1131, 'recvWindow must be less than 60000'),
  duplicateSymbol: () => new BinanceError(400, -1151, 'Symbol is present multiple times in the list.'),
  apiKeyFormat: () => new BinanceError(401, -2014, 'API-key format invalid.'),
  rejectedApiKey: () => new BinanceError(401, -2015, 'Invalid API-key, IP, or permissions for action.'),
};

/**
 * The shipped .proto files as text, because shared/ cannot read files: protobufjs parses these for
 * `decodeWithProto`, and user schemas importing "bcl.proto" get this one. A unit test keeps them identical
 * to shared/realtime/proto/*.proto (which protoc reads).
 */

/** proto/bcl.proto: protobuf-net's Guid, DateTime and TimeSpan. */
export const BCL_PROTO = `// protobuf-net's representation of .NET core types, in the proto2 form the smart-me Realtime API was built
// with. Only the messages a DeviceDataArray (or a user schema importing "bcl.proto") needs are listed:
// TimeSpan, DateTime and Guid. Field numbers and enum values are protobuf-net's.
syntax = "proto2";

package bcl;

message TimeSpan {
  optional sint64 value = 1; // the size of the timespan, in units of scale
  optional TimeSpanScale scale = 2 [default = DAYS];

  enum TimeSpanScale {
    DAYS = 0;
    HOURS = 1;
    MINUTES = 2;
    SECONDS = 3;
    MILLISECONDS = 4;
    TICKS = 5; // 100 ns
    MINMAX = 15; // value 1 = MaxValue, -1 = MinValue
  }
}

message DateTime {
  optional sint64 value = 1; // offset from 1970-01-01T00:00:00, in units of scale
  optional TimeSpanScale scale = 2 [default = DAYS];
  optional DateTimeKind kind = 3 [default = UNSPECIFIED];

  enum TimeSpanScale {
    DAYS = 0;
    HOURS = 1;
    MINUTES = 2;
    SECONDS = 3;
    MILLISECONDS = 4;
    TICKS = 5; // 100 ns
    MINMAX = 15; // value 1 = DateTime.MaxValue, -1 = DateTime.MinValue
  }

  enum DateTimeKind {
    UNSPECIFIED = 0;
    UTC = 1;
    LOCAL = 2;
  }
}

message Guid {
  optional fixed64 lo = 1; // bytes 0..7 of Guid.ToByteArray(), little-endian
  optional fixed64 hi = 2; // bytes 8..15 of Guid.ToByteArray(), little-endian
}
`;

/** proto/realtime.proto: the vendor's DeviceDataArray schema importing bcl.proto. */
export const REALTIME_PROTO = `// smart-me Realtime API (webhook) payload: the variant on the smart-me developer page that imports
// protobuf-net's bcl.proto. Only the syntax line was added (the page omits it; proto2 is the default anyway).
// Wire-identical to realtime-no-bcl.proto.
syntax = "proto2";

package RealtimeApi.Containers;

import "bcl.proto"; // schema for protobuf-net's handling of core .NET types

message DeviceData {
  required bcl.Guid DeviceId = 1;
  required bcl.DateTime DateTime = 2;
  repeated DeviceValue DeviceValues = 3;
}

message DeviceDataArray {
  repeated DeviceData DeviceDataItems = 1;
}

message DeviceValue {
  required bytes Obis = 1;
  required double Value = 2;
}
`;

/** proto/realtime-no-bcl.proto: the vendor's self-contained DeviceDataArray schema. */
export const REALTIME_NO_BCL_PROTO = `// smart-me Realtime API (webhook) payload: the self-contained variant ("Proto-Datei ohne BCL") on the
// smart-me developer page. Wire-identical to realtime.proto + bcl.proto.
syntax = "proto2";

package com.company;

message TimeSpan {
  required sint64 value = 1; // the size of the timespan (in units of the selected scale)
  optional TimeSpanScale scale = 2; // the scale of the timespan [default = DAYS]

  enum TimeSpanScale {
    DAYS = 0;
    HOURS = 1;
    MINUTES = 2;
    SECONDS = 3;
    MILLISECONDS = 4;
    TICKS = 5;
    MINMAX = 15; // dubious
  }
}

message DateTime {
  optional sint64 value = 1; // the offset (in units of the selected scale) from 1970/01/01
  optional TimeSpanScale scale = 2; // the scale of the timespan [default = DAYS]
  optional DateTimeKind kind = 3; // the kind of date/time being represented [default = UNSPECIFIED]

  enum TimeSpanScale {
    DAYS = 0;
    HOURS = 1;
    MINUTES = 2;
    SECONDS = 3;
    MILLISECONDS = 4;
    TICKS = 5;
    MINMAX = 15; // dubious
  }

  enum DateTimeKind {
    // The time represented is not specified as either local time or Coordinated Universal Time (UTC).
    UNSPECIFIED = 0;
    // The time represented is UTC.
    UTC = 1;
    // The time represented is local time.
    LOCAL = 2;
  }
}

message Guid {
  required fixed64 lo = 1; // the first 8 bytes of the guid (note:crazy-endian)
  required fixed64 hi = 2; // the second 8 bytes of the guid (note:crazy-endian)
}

message DeviceData {
  required Guid DeviceId = 1;
  required DateTime DateTime = 2;
  repeated DeviceValue DeviceValues = 3;
}

message DeviceDataArray {
  repeated DeviceData DeviceDataItems = 1;
}

message DeviceValue {
  required bytes Obis = 1;
  required double Value = 2;
}
`;

/** Every shipped file by name, as imports resolve them. */
export const SHIPPED_PROTOS: Readonly<Record<string, string>> = {
  'bcl.proto': BCL_PROTO,
  'realtime.proto': REALTIME_PROTO,
  'realtime-no-bcl.proto': REALTIME_NO_BCL_PROTO,
};

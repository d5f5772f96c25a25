// generated — do not edit, run `pnpm codegen` (source: packages/spec/openapi/)
/* eslint-disable */

import type { OperationHost, OperationInfo, TaskFamilyInfo, TaskRules } from "../semantics"

/** The default server of each host. */
export const servers = {
  "api": "https://api.kie.ai",
  "upload": "https://kieai.redpandaai.co"
} as const satisfies Record<OperationHost, string>

/** Every operation of the spec (`x-kie-operation`), by operationId. */
export const operationTable = {
  "fluxKontextGenerate": {
    "name": "fluxKontext.generate",
    "method": "POST",
    "path": "/api/v1/flux/kontext/generate",
    "host": "api",
    "family": "flux-kontext",
    "role": "create",
    "body": "json"
  },
  "fluxKontextRecordInfo": {
    "name": "fluxKontext.get",
    "method": "GET",
    "path": "/api/v1/flux/kontext/record-info",
    "host": "api",
    "family": "flux-kontext",
    "role": "read"
  },
  "gpt4oImageGenerate": {
    "name": "gpt4oImage.generate",
    "method": "POST",
    "path": "/api/v1/gpt4o-image/generate",
    "host": "api",
    "family": "gpt4o-image",
    "role": "create",
    "body": "json"
  },
  "gpt4oImageRecordInfo": {
    "name": "gpt4oImage.get",
    "method": "GET",
    "path": "/api/v1/gpt4o-image/record-info",
    "host": "api",
    "family": "gpt4o-image",
    "role": "read"
  },
  "gpt4oImageDownloadUrl": {
    "name": "gpt4oImage.downloadUrl",
    "method": "POST",
    "path": "/api/v1/gpt4o-image/download-url",
    "host": "api",
    "family": "gpt4o-image",
    "role": "link",
    "body": "json"
  },
  "marketCreateTask": {
    "name": "market.createTask",
    "method": "POST",
    "path": "/api/v1/jobs/createTask",
    "host": "api",
    "family": "market",
    "role": "create",
    "body": "json"
  },
  "marketRecordInfo": {
    "name": "market.get",
    "method": "GET",
    "path": "/api/v1/jobs/recordInfo",
    "host": "api",
    "family": "market",
    "role": "read"
  },
  "veoGenerate": {
    "name": "veo.generate",
    "method": "POST",
    "path": "/api/v1/veo/generate",
    "host": "api",
    "family": "veo",
    "role": "create",
    "body": "json"
  },
  "veoRecordInfo": {
    "name": "veo.get",
    "method": "GET",
    "path": "/api/v1/veo/record-info",
    "host": "api",
    "family": "veo",
    "role": "read"
  },
  "veoGet1080pVideo": {
    "name": "veo.get1080pVideo",
    "method": "GET",
    "path": "/api/v1/veo/get-1080p-video",
    "host": "api",
    "family": "veo",
    "role": "query"
  },
  "veoGet4kVideo": {
    "name": "veo.get4kVideo",
    "method": "POST",
    "path": "/api/v1/veo/get-4k-video",
    "host": "api",
    "family": "veo",
    "role": "create",
    "body": "json"
  },
  "veoExtend": {
    "name": "veo.extend",
    "method": "POST",
    "path": "/api/v1/veo/extend",
    "host": "api",
    "family": "veo",
    "role": "create",
    "body": "json"
  },
  "sunoGenerate": {
    "name": "suno.generate",
    "method": "POST",
    "path": "/api/v1/generate",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoExtend": {
    "name": "suno.extend",
    "method": "POST",
    "path": "/api/v1/generate/extend",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoUploadCover": {
    "name": "suno.uploadCover",
    "method": "POST",
    "path": "/api/v1/generate/upload-cover",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoUploadExtend": {
    "name": "suno.uploadExtend",
    "method": "POST",
    "path": "/api/v1/generate/upload-extend",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoAddInstrumental": {
    "name": "suno.addInstrumental",
    "method": "POST",
    "path": "/api/v1/generate/add-instrumental",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoAddVocals": {
    "name": "suno.addVocals",
    "method": "POST",
    "path": "/api/v1/generate/add-vocals",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoGenerateMashup": {
    "name": "suno.generateMashup",
    "method": "POST",
    "path": "/api/v1/generate/mashup",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoGenerateSounds": {
    "name": "suno.generateSounds",
    "method": "POST",
    "path": "/api/v1/generate/sounds",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoReplaceSection": {
    "name": "suno.replaceSection",
    "method": "POST",
    "path": "/api/v1/generate/replace-section",
    "host": "api",
    "family": "suno",
    "role": "create",
    "body": "json"
  },
  "sunoRecordInfo": {
    "name": "suno.get",
    "method": "GET",
    "path": "/api/v1/generate/record-info",
    "host": "api",
    "family": "suno",
    "role": "read"
  },
  "sunoGetTimestampedLyrics": {
    "name": "suno.getTimestampedLyrics",
    "method": "POST",
    "path": "/api/v1/generate/get-timestamped-lyrics",
    "host": "api",
    "family": "suno",
    "role": "query",
    "body": "json"
  },
  "sunoGeneratePersona": {
    "name": "suno.generatePersona",
    "method": "POST",
    "path": "/api/v1/generate/generate-persona",
    "host": "api",
    "family": "suno",
    "role": "query",
    "body": "json"
  },
  "sunoBoostStyle": {
    "name": "suno.boostStyle",
    "method": "POST",
    "path": "/api/v1/style/generate",
    "host": "api",
    "family": "suno",
    "role": "query",
    "body": "json"
  },
  "sunoGenerateLyrics": {
    "name": "suno.generateLyrics",
    "method": "POST",
    "path": "/api/v1/lyrics",
    "host": "api",
    "family": "suno-lyrics",
    "role": "create",
    "body": "json"
  },
  "sunoLyricsRecordInfo": {
    "name": "suno.getLyrics",
    "method": "GET",
    "path": "/api/v1/lyrics/record-info",
    "host": "api",
    "family": "suno-lyrics",
    "role": "read"
  },
  "sunoConvertToWav": {
    "name": "suno.convertToWav",
    "method": "POST",
    "path": "/api/v1/wav/generate",
    "host": "api",
    "family": "suno-wav",
    "role": "create",
    "body": "json"
  },
  "sunoWavRecordInfo": {
    "name": "suno.getWav",
    "method": "GET",
    "path": "/api/v1/wav/record-info",
    "host": "api",
    "family": "suno-wav",
    "role": "read"
  },
  "sunoGenerateMidi": {
    "name": "suno.generateMidi",
    "method": "POST",
    "path": "/api/v1/midi/generate",
    "host": "api",
    "family": "suno-midi",
    "role": "create",
    "body": "json"
  },
  "sunoMidiRecordInfo": {
    "name": "suno.getMidi",
    "method": "GET",
    "path": "/api/v1/midi/record-info",
    "host": "api",
    "family": "suno-midi",
    "role": "read"
  },
  "sunoCreateMusicVideo": {
    "name": "suno.createMusicVideo",
    "method": "POST",
    "path": "/api/v1/mp4/generate",
    "host": "api",
    "family": "suno-mp4",
    "role": "create",
    "body": "json"
  },
  "sunoMusicVideoRecordInfo": {
    "name": "suno.getMusicVideo",
    "method": "GET",
    "path": "/api/v1/mp4/record-info",
    "host": "api",
    "family": "suno-mp4",
    "role": "read"
  },
  "sunoGenerateCover": {
    "name": "suno.generateCover",
    "method": "POST",
    "path": "/api/v1/suno/cover/generate",
    "host": "api",
    "family": "suno-cover",
    "role": "create",
    "body": "json"
  },
  "sunoCoverRecordInfo": {
    "name": "suno.getCover",
    "method": "GET",
    "path": "/api/v1/suno/cover/record-info",
    "host": "api",
    "family": "suno-cover",
    "role": "read"
  },
  "sunoSeparateVocals": {
    "name": "suno.separateVocals",
    "method": "POST",
    "path": "/api/v1/vocal-removal/generate",
    "host": "api",
    "family": "suno-vocal-removal",
    "role": "create",
    "body": "json"
  },
  "sunoVocalRemovalRecordInfo": {
    "name": "suno.getVocalSeparation",
    "method": "GET",
    "path": "/api/v1/vocal-removal/record-info",
    "host": "api",
    "family": "suno-vocal-removal",
    "role": "read"
  },
  "midjourneyGenerate": {
    "name": "midjourney.generate",
    "method": "POST",
    "path": "/api/v1/mj/generate",
    "host": "api",
    "family": "midjourney",
    "role": "create",
    "body": "json",
    "deprecated": true
  },
  "midjourneyUpscale": {
    "name": "midjourney.upscale",
    "method": "POST",
    "path": "/api/v1/mj/generateUpscale",
    "host": "api",
    "family": "midjourney",
    "role": "create",
    "body": "json",
    "deprecated": true
  },
  "midjourneyVary": {
    "name": "midjourney.vary",
    "method": "POST",
    "path": "/api/v1/mj/generateVary",
    "host": "api",
    "family": "midjourney",
    "role": "create",
    "body": "json",
    "deprecated": true
  },
  "midjourneyExtendVideo": {
    "name": "midjourney.extendVideo",
    "method": "POST",
    "path": "/api/v1/mj/generateVideoExtend",
    "host": "api",
    "family": "midjourney",
    "role": "create",
    "body": "json",
    "deprecated": true
  },
  "midjourneyRecordInfo": {
    "name": "midjourney.get",
    "method": "GET",
    "path": "/api/v1/mj/record-info",
    "host": "api",
    "family": "midjourney",
    "role": "read",
    "deprecated": true
  },
  "lumaModify": {
    "name": "luma.generate",
    "method": "POST",
    "path": "/api/v1/modify/generate",
    "host": "api",
    "family": "luma",
    "role": "create",
    "body": "json",
    "deprecated": true
  },
  "lumaRecordInfo": {
    "name": "luma.get",
    "method": "GET",
    "path": "/api/v1/modify/record-info",
    "host": "api",
    "family": "luma",
    "role": "read",
    "deprecated": true
  },
  "runwayGenerate": {
    "name": "runway.generate",
    "method": "POST",
    "path": "/api/v1/runway/generate",
    "host": "api",
    "family": "runway",
    "role": "create",
    "body": "json"
  },
  "runwayRecordDetail": {
    "name": "runway.get",
    "method": "GET",
    "path": "/api/v1/runway/record-detail",
    "host": "api",
    "family": "runway",
    "role": "read"
  },
  "runwayExtend": {
    "name": "runway.extend",
    "method": "POST",
    "path": "/api/v1/runway/extend",
    "host": "api",
    "family": "runway",
    "role": "create",
    "body": "json"
  },
  "alephGenerate": {
    "name": "aleph.generate",
    "method": "POST",
    "path": "/api/v1/aleph/generate",
    "host": "api",
    "family": "aleph",
    "role": "create",
    "body": "json"
  },
  "alephRecordInfo": {
    "name": "aleph.get",
    "method": "GET",
    "path": "/api/v1/aleph/record-info",
    "host": "api",
    "family": "aleph",
    "role": "read"
  },
  "getCredits": {
    "name": "credits",
    "method": "GET",
    "path": "/api/v1/chat/credit",
    "host": "api",
    "family": "common",
    "role": "account"
  },
  "commonDownloadUrl": {
    "name": "downloadUrl",
    "method": "POST",
    "path": "/api/v1/common/download-url",
    "host": "api",
    "family": "common",
    "role": "link",
    "body": "json"
  },
  "uploadFileBase64": {
    "name": "files.uploadBase64",
    "method": "POST",
    "path": "/api/file-base64-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "json"
  },
  "uploadFileStream": {
    "name": "files.uploadStream",
    "method": "POST",
    "path": "/api/file-stream-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "multipart"
  },
  "uploadFileUrl": {
    "name": "files.uploadUrl",
    "method": "POST",
    "path": "/api/file-url-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "json"
  }
} as const satisfies Record<string, OperationInfo>

/** The account-wide create limit (`x-kie-limits`): `creates` per `createWindowMs`. */
export const limits = {
  "creates": 20,
  "createWindowMs": 10000
} as const

/** Every task family: its operations and how its records are read (`x-kie-task`). */
export const taskFamilies = {
  "flux-kontext": {
    "create": "fluxKontextGenerate",
    "read": "fluxKontextRecordInfo",
    "link": "commonDownloadUrl",
    "media": "image",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        }
      ],
      "outputs": [
        "response.resultImageUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "paramJson.$json.model"
      ]
    }
  },
  "gpt4o-image": {
    "create": "gpt4oImageGenerate",
    "read": "gpt4oImageRecordInfo",
    "link": "gpt4oImageDownloadUrl",
    "media": "image",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "status",
          "values": {
            "generating": "running",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "generate_failed": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        },
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        }
      ],
      "progress": {
        "path": "progress",
        "scale": "fraction"
      },
      "outputs": [
        "response.resultUrls",
        "response.result_urls"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "paramJson.$json.model"
      ]
    }
  },
  "market": {
    "create": "marketCreateTask",
    "read": "marketRecordInfo",
    "link": "commonDownloadUrl",
    "media": "model",
    "pollIntervalMs": 100,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "state",
          "values": {
            "waiting": "queued",
            "queuing": "queued",
            "generating": "running",
            "success": "succeeded",
            "fail": "failed"
          }
        }
      ],
      "progress": {
        "path": "progress",
        "scale": "auto"
      },
      "outputs": [
        "resultJson.$json.resultUrls"
      ],
      "result": [
        "resultJson.$json.resultObject"
      ],
      "failure": {
        "code": [
          "failCode"
        ],
        "message": [
          "failMsg"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Market task failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "param.$json.model"
      ]
    }
  },
  "veo": {
    "create": "veoGenerate",
    "read": "veoRecordInfo",
    "link": "commonDownloadUrl",
    "media": "video",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "FAILED",
              "message": "The task failed before completion"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The task was created but upstream generation failed"
            }
          }
        }
      ],
      "outputs": [
        "response.resultUrls",
        "response.fullResultUrls"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "paramJson.$json.model"
      ]
    }
  },
  "suno": {
    "create": "sunoGenerate",
    "read": "sunoRecordInfo",
    "link": "commonDownloadUrl",
    "media": "audio",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "status",
          "values": {
            "pending": "queued",
            "text_success": "running",
            "first_success": "running",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the task"
            },
            "generate_audio_failed": {
              "status": "failed",
              "code": "GENERATE_AUDIO_FAILED",
              "message": "The audio generation failed"
            },
            "callback_exception": {
              "status": "failed",
              "code": "CALLBACK_EXCEPTION",
              "message": "An error occurred during the callback"
            },
            "sensitive_word_error": {
              "status": "failed",
              "code": "SENSITIVE_WORD_ERROR",
              "message": "The content was filtered (sensitive words)"
            }
          }
        }
      ],
      "outputs": [
        "response.sunoData.*.audioUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno music task failed"
        }
      },
      "createdAt": [
        "response.sunoData.*.createTime"
      ],
      "model": [
        "param.$json.model"
      ]
    }
  },
  "suno-lyrics": {
    "create": "sunoGenerateLyrics",
    "read": "sunoLyricsRecordInfo",
    "link": "commonDownloadUrl",
    "media": "text",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "status",
          "values": {
            "pending": "queued",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the lyrics task"
            },
            "generate_lyrics_failed": {
              "status": "failed",
              "code": "GENERATE_LYRICS_FAILED",
              "message": "The lyrics generation failed"
            },
            "callback_exception": {
              "status": "failed",
              "code": "CALLBACK_EXCEPTION",
              "message": "An error occurred during the callback"
            },
            "sensitive_word_error": {
              "status": "failed",
              "code": "SENSITIVE_WORD_ERROR",
              "message": "The content was filtered (sensitive words)"
            }
          }
        }
      ],
      "result": [
        "response.data"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno lyrics task failed"
        }
      }
    }
  },
  "suno-wav": {
    "create": "sunoConvertToWav",
    "read": "sunoWavRecordInfo",
    "link": "commonDownloadUrl",
    "media": "audio",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "pending": "queued",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the WAV task"
            },
            "generate_wav_failed": {
              "status": "failed",
              "code": "GENERATE_WAV_FAILED",
              "message": "The WAV conversion failed"
            },
            "callback_exception": {
              "status": "failed",
              "code": "CALLBACK_EXCEPTION",
              "message": "An error occurred during the callback"
            }
          }
        }
      ],
      "outputs": [
        "response.audioWavUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno WAV conversion failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "suno-midi": {
    "create": "sunoGenerateMidi",
    "read": "sunoMidiRecordInfo",
    "link": "commonDownloadUrl",
    "media": "text",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "queued",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the MIDI task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_MIDI_FAILED",
              "message": "The MIDI generation failed"
            }
          }
        }
      ],
      "result": [
        "midiData"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "suno-mp4": {
    "create": "sunoCreateMusicVideo",
    "read": "sunoMusicVideoRecordInfo",
    "link": "commonDownloadUrl",
    "media": "video",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "pending": "queued",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the music video task"
            },
            "generate_mp4_failed": {
              "status": "failed",
              "code": "GENERATE_MP4_FAILED",
              "message": "The music video generation failed"
            }
          }
        }
      ],
      "outputs": [
        "response.videoUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno music video task failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "suno-cover": {
    "create": "sunoGenerateCover",
    "read": "sunoCoverRecordInfo",
    "link": "commonDownloadUrl",
    "media": "image",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "queued",
            "1": "succeeded",
            "2": "running",
            "3": {
              "status": "failed",
              "code": "GENERATE_COVER_FAILED",
              "message": "The cover image generation failed"
            },
            "pending": "queued",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the cover task"
            },
            "generate_cover_failed": {
              "status": "failed",
              "code": "GENERATE_COVER_FAILED",
              "message": "The cover image generation failed"
            }
          }
        }
      ],
      "outputs": [
        "response.images"
      ],
      "failure": {
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno cover task failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "suno-vocal-removal": {
    "create": "sunoSeparateVocals",
    "read": "sunoVocalRemovalRecordInfo",
    "link": "commonDownloadUrl",
    "media": "audio",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "pending": "queued",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "Suno could not create the separation task"
            },
            "generate_audio_failed": {
              "status": "failed",
              "code": "GENERATE_AUDIO_FAILED",
              "message": "The separation failed"
            },
            "callback_exception": {
              "status": "failed",
              "code": "CALLBACK_EXCEPTION",
              "message": "An error occurred during the callback"
            }
          }
        }
      ],
      "outputs": [
        "response.originData.*.audio_url",
        "response.vocalUrl",
        "response.instrumentalUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Suno vocal separation failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "midjourney": {
    "create": "midjourneyGenerate",
    "read": "midjourneyRecordInfo",
    "link": "commonDownloadUrl",
    "media": "image",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "FAILED",
              "message": "The Midjourney task failed"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The task was created but generation failed"
            }
          }
        }
      ],
      "outputs": [
        "resultInfoJson.$json.resultUrls.*.resultUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "luma": {
    "create": "lumaModify",
    "read": "lumaRecordInfo",
    "link": "commonDownloadUrl",
    "media": "video",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the Luma task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The task was created but generation failed"
            },
            "4": "succeeded"
          }
        }
      ],
      "outputs": [
        "response.resultUrls"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  },
  "runway": {
    "create": "runwayGenerate",
    "read": "runwayRecordDetail",
    "link": "commonDownloadUrl",
    "media": "video",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "state",
          "values": {
            "wait": "queued",
            "queueing": "queued",
            "generating": "running",
            "success": "succeeded",
            "fail": {
              "status": "failed",
              "code": "FAILED",
              "message": "The Runway video generation failed"
            }
          }
        }
      ],
      "outputs": [
        "videoInfo.videoUrl"
      ],
      "failure": {
        "code": [
          "failCode"
        ],
        "message": [
          "failMsg"
        ]
      },
      "createdAt": [
        "generateTime"
      ]
    }
  },
  "aleph": {
    "create": "alephGenerate",
    "read": "alephRecordInfo",
    "link": "commonDownloadUrl",
    "media": "video",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "pass",
            "1": "succeeded"
          }
        },
        {
          "path": "errorCode",
          "values": {
            "0": "pass",
            "*": {
              "status": "failed",
              "code": "$value",
              "message": "The Runway Aleph generation failed"
            }
          }
        },
        {
          "path": "successFlag",
          "values": {
            "0": "running"
          }
        }
      ],
      "outputs": [
        "response.resultVideoUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ]
    }
  }
} as const satisfies Record<string, TaskFamilyInfo>

/** How each family's callback body is read (`x-kie-task` of its webhook). */
export const callbackRules = {
  "flux-kontext": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.info.resultImageUrl"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "gpt4o-image": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.info.result_urls",
      "data.info.resultUrls"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "market": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "pass",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      },
      {
        "path": "data.state",
        "values": {
          "waiting": "queued",
          "queuing": "queued",
          "generating": "running",
          "success": "succeeded",
          "fail": "failed"
        }
      },
      {
        "path": "code",
        "values": {
          "200": "succeeded"
        }
      }
    ],
    "progress": {
      "path": "data.progress",
      "scale": "auto"
    },
    "outputs": [
      "data.resultJson.$json.resultUrls"
    ],
    "result": [
      "data.resultJson.$json.resultObject"
    ],
    "failure": {
      "code": [
        "data.failCode"
      ],
      "message": [
        "data.failMsg",
        "msg",
        "message"
      ],
      "default": {
        "code": "FAILED",
        "message": "The Market task failed"
      }
    },
    "createdAt": [
      "data.createTime"
    ],
    "completedAt": [
      "data.completeTime"
    ],
    "model": [
      "data.model",
      "data.param.$json.model"
    ]
  },
  "veo": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.info.resultUrls",
      "data.result_urls"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "pass",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      },
      {
        "path": "data.callbackType",
        "values": {
          "text": "running",
          "first": "running",
          "complete": "succeeded"
        }
      },
      {
        "path": "code",
        "values": {
          "200": "succeeded"
        }
      }
    ],
    "outputs": [
      "data.data.*.audio_url"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno-lyrics": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "result": [
      "data.data"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno-wav": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.audioWavUrl"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno-mp4": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "0": "succeeded",
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.video_url"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno-cover": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.images"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "suno-vocal-removal": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.vocal_separation_info.vocal_url",
      "data.vocal_separation_info.instrumental_url"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "midjourney": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.resultUrls"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "luma": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.resultUrls"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "runway": {
    "taskId": [
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.video_url"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "aleph": {
    "taskId": [
      "taskId",
      "data.task_id",
      "data.taskId"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.result_video_url",
      "data.video_url"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  }
} as const satisfies Record<string, TaskRules>

using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CraftMarket.Media.Storage;

/// <summary>
/// Any S3-compatible bucket (AWS, MinIO, Ceph; s3rver in the tests). Objects are private: the
/// site streams renditions itself after checking who may see them, and never hands out originals.
/// </summary>
internal sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly SemaphoreSlim bucketCheck = new(1, 1);
    private bool bucketReady;
    private readonly bool createBucket;

    public S3BlobStore(S3Options options)
    {
        bucket = options.Bucket;
        createBucket = options.CreateBucket;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: older S3-compatible servers reject the SDK's default trailers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        try
        {
            await client.GetObjectMetadataAsync(bucket, key, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task PutAsync(string key, string sourcePath, string contentType, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        // A single PUT is atomic in S3: the object appears whole or not at all.
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = key, FilePath = sourcePath, ContentType = contentType, UseChunkEncoding = false,
        }, ct);
    }

    public async Task<BlobContent?> OpenReadAsync(string key, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        try
        {
            var response = await client.GetObjectAsync(bucket, key, ct);
            return new BlobContent(response.ResponseStream, response.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        await client.DeleteObjectAsync(bucket, key, ct);
    }

    private async Task EnsureBucketAsync(CancellationToken ct)
    {
        if (bucketReady || !createBucket) return;
        await bucketCheck.WaitAsync(ct);
        try
        {
            if (bucketReady) return;
            try
            {
                await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, ct);
            }
            catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
                // made by an earlier run or another node
            }
            bucketReady = true;
        }
        finally
        {
            bucketCheck.Release();
        }
    }

    public void Dispose()
    {
        client.Dispose();
        bucketCheck.Dispose();
    }
}
